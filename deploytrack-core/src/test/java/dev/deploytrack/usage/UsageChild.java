package dev.deploytrack.usage;

import dev.deploytrack.usage.store.FileUsageStore;
import dev.deploytrack.usage.store.PostgresUsageStore;
import dev.deploytrack.usage.store.UsageStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A separate JVM appending usage, for the tests that need real processes.
 * <pre>
 * append STORE WRITER COUNT START   waits for START, then appends COUNT batches of 10 calls of agent WRITER
 *                                   (STORE: a usage directory, or a jdbc:postgresql: URL)
 * hold STORE                        appends in a loop forever, printing "appending" first (to be killed mid-way)
 * </pre>
 */
public final class UsageChild {

    private UsageChild() {
    }

    public static void main(String[] args) throws Exception {
        String target = args[0].equals("hold") ? args[1] : args[1];
        UsageStore store = target.startsWith("jdbc:") ? PostgresUsageStore.open(new dev.deploytrack.registry.RegistryLocation(target, true), System.getenv())
                : new FileUsageStore(Path.of(target), "usage");
        if (args[0].equals("hold")) {
            System.out.println("appending");
            System.out.flush();
            for (int i = 0; ; i++) {
                store.append(SyntheticMonths.day("looper-" + i, "/srv", LocalDate.of(2026, 11, 1 + i % 3), 200,
                        BigDecimal.ONE));
            }
        }
        String writer = args[2];
        int count = Integer.parseInt(args[3]);
        Path start = Path.of(args[4]);
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(start)) {
            Thread.sleep(2);
        }
        for (int i = 0; i < count; i++) {
            List<UsageRecord> batch = SyntheticMonths.day(writer + "-" + i, "/srv", LocalDate.of(2026, 11, 1 + i % 3),
                    10, BigDecimal.TEN);
            store.append(batch);
        }
        store.close();
        System.out.println("done");
    }
}
