import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.DeploymentRequest;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistrySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * record-deployment on the PostgreSQL backend against 10,000 projects and 100,000 history entries (the file
 * benchmark's fixture, moved in with registry import):
 * <ul>
 *   <li>in process: one writer records one deployment (staging, one agent, so the promotion rule and the key are
 *       checked against the project's history) again and again; p50 and p95 of the call;</li>
 *   <li>50 concurrent writers, each with its own connection, recording to random projects for a fixed time:
 *       records per second, with 1 writer for the same time as the peer.</li>
 * </ul>
 *
 * <pre>
 * bench/registry/run-postgres.sh    (starts a throwaway server, compiles this file and runs it on deploytrack.jar)
 * </pre>
 */
public final class PostgresRegistryBenchmark {

    static final int WARMUP = 50;
    static final int SAMPLES = Integer.getInteger("samples", 500);
    static final int WRITERS = 50;
    static final int SECONDS = Integer.getInteger("seconds", 20);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path work = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(work.resolve("deployments"));
        Path fixture = work.resolve("fixture-unsealed.json");
        RegistryBenchmark.generate(fixture);
        long start = System.nanoTime();
        try (RegistryService service = open(url, work)) {
            System.out.println("import: " + service.importFrom(fixture).value() + " in "
                    + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9));
        }
        System.out.printf(Locale.ROOT, "registry: %d projects, %d history entries in PostgreSQL; java %s, %d "
                        + "processors, load average %s%n%n", RegistryBenchmark.PROJECTS, RegistryBenchmark.HISTORY,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                RegistryBenchmark.loadAverage());

        AtomicInteger run = new AtomicInteger();
        List<Double> latencies = new ArrayList<>();
        try (RegistryService service = open(url, work)) {
            for (int i = 0; i < WARMUP + SAMPLES; i++) {
                double ms = RegistryBenchmark.time(() -> RegistryBenchmark.record(service, run.getAndIncrement()));
                if (i >= WARMUP) {
                    latencies.add(ms);
                }
            }
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "in process, one writer: %d records, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                SAMPLES, percentile(latencies, 50), percentile(latencies, 95), latencies.get(latencies.size() - 1));

        double one = throughput(url, work, 1, run);
        double fifty = throughput(url, work, WRITERS, run);
        System.out.printf(Locale.ROOT, "1 writer for %d s: %.0f records/s%n", SECONDS, one);
        System.out.printf(Locale.ROOT, "%d concurrent writers for %d s: %.0f records/s (%.2f x one writer)%n",
                WRITERS, SECONDS, fifty, fifty / one);
        System.out.printf(Locale.ROOT, "%nload average now %s%n", RegistryBenchmark.loadAverage());
    }

    static RegistryService open(String url, Path work) throws Exception {
        return RegistryService.open(work, RegistrySettings.defaults(), url, Map.of(), work::resolve,
                Clock.systemUTC());
    }

    /** Records per second of {@code writers} threads, each with its own service and connection. */
    static double throughput(String url, Path work, int writers, AtomicInteger run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger recorded = new AtomicInteger();
        long[] window = new long[2];
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                try (RegistryService service = open(url, work)) {
                    RegistryBenchmark.record(service, run.getAndIncrement()); // connected before the clock starts
                    ready.countDown();
                    go.await();
                    while (System.nanoTime() < window[1]) {
                        RegistryBenchmark.record(service, run.getAndIncrement());
                        recorded.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + SECONDS * 1_000_000_000L;
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return recorded.get() / ((System.nanoTime() - window[0]) / 1e9);
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
