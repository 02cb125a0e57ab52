package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.registry.RegistryLocation;
import dev.deploytrack.registry.TestPostgres;
import dev.deploytrack.usage.store.FileUsageStore;
import dev.deploytrack.usage.store.PostgresUsageStore;
import dev.deploytrack.usage.store.UsageStore;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes appending to one store at once lose nothing and store nothing twice; a writer killed while it
 * appends leaves no lock and no broken file; the same on PostgreSQL (DEPLOYTRACK_TEST_POSTGRES_URL, as .ci/run
 * sets; required in CI by DEPLOYTRACK_REQUIRE_POSTGRES=1, skipped with a message elsewhere).
 */
class UsageStoreProcessesTest {

    private static final int PROCESSES = 6;
    private static final int BATCHES = 20;

    @TempDir
    Path root;

    private static Process child(String... args) throws Exception {
        Set<String> classpath = new LinkedHashSet<>();
        for (Class<?> type : List.of(UsageChild.class, UsageStore.class, ObjectMapper.class, JsonFactory.class,
                JsonProperty.class, org.snakeyaml.engine.v2.api.LoadSettings.class, org.postgresql.Driver.class)) {
            classpath.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                String.join(File.pathSeparator, classpath), UsageChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String firstLine(Process process) throws Exception {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    /** Six writers at once, plus one replaying writer 0's batches: every call stored once. */
    private void concurrentAppends(String target, UsageStore reader) throws Exception {
        Path start = root.resolve("start");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(child("append", target, "writer" + p, String.valueOf(BATCHES), start.toString()));
        }
        processes.add(child("append", target, "writer0", String.valueOf(BATCHES), start.toString()));
        for (Process process : processes) {
            assertEquals("ready", firstLine(process));
        }
        Files.writeString(start, "go");
        for (Process process : processes) {
            assertTrue(process.waitFor(150, TimeUnit.SECONDS), "a writer did not finish");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);
        }
        Set<String> keys = new HashSet<>();
        int[] calls = {0};
        reader.scan(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), record -> {
            calls[0]++;
            keys.add(record.key());
        });
        assertEquals(PROCESSES * BATCHES * 10, calls[0], "every call once");
        assertEquals(PROCESSES * BATCHES * 10, keys.size());
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void fileStoreConcurrentWritersLoseNothingAndDuplicateNothing() throws Exception {
        Path directory = root.resolve("deployments/usage");
        concurrentAppends(directory.toString(), new FileUsageStore(directory, "usage"));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKilledWriterLeavesNoLockAndNoBrokenDay() throws Exception {
        Path directory = root.resolve("deployments/usage");
        FileUsageStore store = new FileUsageStore(directory, "usage");
        for (int round = 0; round < 5; round++) {
            Process holder = child("hold", directory.toString());
            assertEquals("appending", firstLine(holder));
            Thread.sleep(150 + ThreadLocalRandom.current().nextInt(300));
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            long started = System.nanoTime();
            UsageStore.Appended appended = store.append(SyntheticMonths.day("after-kill-" + round, "/srv",
                    LocalDate.of(2026, 11, 2), 5, BigDecimal.ONE));
            assertEquals(5, appended.added());
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20), "no stale lock to wait for");
        }
        // Every day file reads whole: a killed writer left the old file or the new one, never half.
        int[] calls = {0};
        store.scan(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z"), r -> calls[0]++);
        assertTrue(calls[0] >= 25, "the appends after each kill are there: " + calls[0]);
        // The next append to each day removes what a killed writer left of its temporary file.
        for (int day = 1; day <= 3; day++) {
            store.append(SyntheticMonths.day("sweep", "/srv", LocalDate.of(2026, 11, day), 1, BigDecimal.ONE));
        }
        try (var files = Files.walk(directory)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(),
                    "temporary files of killed writers are removed by the next append to their day");
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void postgresConcurrentWritersLoseNothingAndAlertsFireOnce() throws Exception {
        try (TestPostgres database = TestPostgres.schema();
             PostgresUsageStore store = PostgresUsageStore.open(new RegistryLocation(database.url(), true),
                     System.getenv())) {
            String url = database.url();
            concurrentAppends(url, store);
            // An append says how many records were new (a JDBC batch's counts do not).
            assertEquals(new UsageStore.Appended(10, 0), store.append(SyntheticMonths.day("fresh", "/srv",
                    LocalDate.of(2026, 11, 2), 10, BigDecimal.TEN)));
            // Appending the same calls again stores nothing.
            List<UsageRecord> again = SyntheticMonths.day("writer1-0", "/srv", LocalDate.of(2026, 11, 1), 10,
                    BigDecimal.TEN);
            assertEquals(new UsageStore.Appended(0, 10), store.append(again));
            // A call observed again with more tokens is a new observation; reads return the larger one, once.
            UsageRecord first = again.get(0);
            UsageRecord larger = new UsageRecord(first.source(), first.key(), first.time(), first.model(),
                    first.provider(), first.tokens().plus(new Tokens(0, 0, 0, 0, 5, 0)), 1, first.costUsd(), false,
                    null, first.cwd(), null, List.of(), first.metadata());
            assertEquals(1, store.append(List.of(larger)).added());
            List<UsageRecord> seen = new ArrayList<>();
            store.scan(first.time(), first.time().plusSeconds(1), record -> {
                if (record.key().equals(first.key())) {
                    seen.add(record);
                }
            });
            assertEquals(List.of(larger), seen);
            // Two stores firing one alert: it fires once.
            try (PostgresUsageStore other = PostgresUsageStore.open(new RegistryLocation(url, true),
                    System.getenv())) {
                int[] delivered = {0};
                assertTrue(store.fireOnce("threshold:x:month:2026-11:70", "x", () -> delivered[0]++));
                assertTrue(!other.fireOnce("threshold:x:month:2026-11:70", "x", () -> delivered[0]++));
                assertEquals(1, delivered[0]);
                // A failed delivery is not recorded.
                try {
                    other.fireOnce("threshold:x:month:2026-11:90", "x", () -> {
                        throw new UsageStore.DeliveryException("refused");
                    });
                    fail("the delivery failed");
                } catch (UsageStore.DeliveryException expected) {
                    assertTrue(!store.hasFired("threshold:x:month:2026-11:90"));
                }
            }
        }
    }
}
