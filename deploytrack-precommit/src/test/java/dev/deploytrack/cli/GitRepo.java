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
