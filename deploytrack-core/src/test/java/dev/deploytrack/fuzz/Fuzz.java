package dev.deploytrack.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs a target over mutations of seed files: each case must end within {@value #HANG_SECONDS} seconds and throw
 * nothing the target does not declare as its refusal. The number of cases per kind is
 * {@code -Ddeploytrack.fuzz.cases=N} (a few hundred per build; {@code -Pfuzz} and {@code bench/fuzz/run.sh} run
 * many more), the seed {@code -Ddeploytrack.fuzz.seed=S}. A failing input is written to {@code target/fuzz-failures/}
 * so it can become a fixture.
 */
public final class Fuzz {

    public static final int HANG_SECONDS = 5;

    /** What a target does with one input; it returns normally or throws what it declares as a refusal. */
    public interface Target {
        void run(byte[] input) throws Exception;
    }

    private Fuzz() {
    }

    public static int cases() {
        return Integer.getInteger("deploytrack.fuzz.cases", 600);
    }

    public static long seed() {
        return Long.getLong("deploytrack.fuzz.seed", 20261203L);
    }

    /**
     * The seed files of one input kind, under {@code src/test/resources/dev/deploytrack/fuzz/KIND/} (read from the
     * core's test classes, or from its test jar when another module fuzzes).
     */
    public static List<byte[]> seeds(String kind) {
        URL url = Fuzz.class.getResource("/dev/deploytrack/fuzz/" + kind);
        if (url == null) {
            throw new IllegalStateException("no seeds for " + kind);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readAll(jar.provider().getPath(uri));
                }
            }
            return readAll(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> readAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
            return seeds;
        }
    }

    /**
     * Runs {@code target} on every seed and on {@link #cases()} mutations of them.
     *
     * @param refusals the exception types that are the target's declared answer to bad input
     */
    @SafeVarargs
    public static void run(String kind, Target target, Class<? extends Throwable>... refusals) {
        run(kind, cases(), target, refusals);
    }

    /** As {@link #run(String, Target, Class[])}, with {@code cases} mutations. */
    @SafeVarargs
    public static void run(String kind, int cases, Target target, Class<? extends Throwable>... refusals) {
        List<byte[]> seeds = seeds(kind);
        Mutator mutator = new Mutator(seed() ^ kind.hashCode());
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-" + kind);
            thread.setDaemon(true); // a hung case must not keep the test JVM alive
            return thread;
        });
        try {
            int total = seeds.size() + cases;
            for (int i = 0; i < total; i++) {
                byte[] input = i < seeds.size() ? seeds.get(i) : mutator.mutate(seeds.get(i % seeds.size()),
                        seeds.get((i * 7 + 3) % seeds.size()));
                Future<?> future = executor.submit(() -> {
                    target.run(input);
                    return null;
                });
                try {
                    future.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    fail(kind + " case " + i + " ran over " + HANG_SECONDS + " s; input saved as "
                            + save(kind, i, input));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (!isRefusal(cause, refusals)) {
                        throw new AssertionError(kind + " case " + i + " threw " + cause + "; input saved as "
                                + save(kind, i, input), cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static boolean isRefusal(Throwable thrown, Class<? extends Throwable>[] refusals) {
        for (Class<? extends Throwable> refusal : refusals) {
            if (refusal.isInstance(thrown)) {
                return true;
            }
        }
        return false;
    }

    private static Path save(String kind, int index, byte[] input) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "fuzz-failures"));
            return Files.write(directory.resolve(kind + "-" + seed() + "-" + index + ".bin"), input);
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }
}
