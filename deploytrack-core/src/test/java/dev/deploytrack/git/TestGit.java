package dev.deploytrack.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real git, for tests that build repositories in temporary directories. */
public final class TestGit {

    private TestGit() {
    }

    /** Runs git in {@code where} with a test identity; fails the test unless it exits 0. Returns its output. */
    public static String run(Path where, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.com"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", args) + ": " + output);
        return output;
    }

    /** Writes {@code content} to {@code root/path}, creating its directories. */
    public static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
