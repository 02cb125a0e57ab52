package dev.deploytrack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real git repository in a temporary directory, driven by the git command line. */
final class GitRepo {

    private final Path root;

    GitRepo(Path root) {
        this.root = root;
    }

    /**
     * Each clone runs {@code step} {@code count} times in a row, all clones at once (one thread each, as pipelines
     * on separate runners do); every run must exit 0.
     */
    static void allAtOnce(List<GitRepo> clones, int count, Step step) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clones.size());
        try {
            List<java.util.concurrent.Future<List<Result>>> runs = new ArrayList<>();
            for (GitRepo clone : clones) {
                runs.add(pool.submit(() -> {
                    List<Result> results = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        results.add(step.run(clone, i));
                    }
                    return results;
                }));
            }
            for (java.util.concurrent.Future<List<Result>> run : runs) {
                for (Result result : run.get(4, TimeUnit.MINUTES)) {
                    org.junit.jupiter.api.Assertions.assertEquals(0, result.exit(), result.output());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One of a clone's runs in {@link #allAtOnce}: its {@code i}th. */
    @FunctionalInterface
    interface Step {
        Result run(GitRepo clone, int i) throws Exception;
    }

    static GitRepo init(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GitRepo repo = new GitRepo(root);
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.name", "Test");
        repo.git("config", "user.email", "test@example.com");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    Path root() {
        return root;
    }

    GitRepo write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    GitRepo write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GitRepo add(String... paths) {
        List<String> args = new ArrayList<>(List.of("add", "--"));
        args.addAll(List.of(paths));
        git(args.toArray(String[]::new));
        return this;
    }

    GitRepo commit(String message) {
        git("commit", "-q", "--no-verify", "-m", message);
        return this;
    }

    /** Runs git, failing the test on a non-zero exit; returns standard output. */
    String git(String... args) {
        Result result = run(Map.of(), prepend("git", args));
        if (result.exit() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + result.output());
        }
        return result.output();
    }

    /** Runs a command in the repository with extra environment variables; output is stdout and stderr merged. */
    Result run(Map<String, String> environment, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Result(int exit, String output) {
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
