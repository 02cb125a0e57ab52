package dev.deploytrack.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs git in a working directory. The environment is inherited on purpose: inside a hook, git sets GIT_DIR and
 * GIT_INDEX_FILE (e.g. a temporary index for {@code git commit -a}), and the commands must see that index.
 */
public final class Git {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path directory;

    public Git(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Runs {@code git args...} and returns its standard output; a non-zero exit is a {@link GitException}. */
    public byte[] run(String... args) throws GitException {
        Process process = start(args);
        try {
            process.getOutputStream().close();
            byte[] out;
            byte[] err;
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                StreamDrainer errors = new StreamDrainer(stderr);
                errors.start();
                out = stdout.readAllBytes();
                errors.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                err = errors.bytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + "s");
            }
            if (process.exitValue() != 0) {
                throw new GitException("git " + args[0] + " failed: " + new String(err, StandardCharsets.UTF_8).strip());
            }
            return out;
        } catch (IOException e) {
            throw new GitException("cannot run git " + args[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new GitException("interrupted while running git " + args[0], e);
        }
    }

    /**
     * What a git command printed and how it ended, for commands whose non-zero exit is an answer rather than a
     * failure ({@code merge-base --is-ancestor}, {@code rev-parse --verify}).
     */
    public record Result(int status, byte[] out, String err) {

        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs {@code git args...} with {@code input} on its standard input (written on its own thread, so a child that
     * answers while it reads never blocks on a full pipe), and returns how it ended whatever its status.
     */
    public Result exec(byte[] input, String... args) throws GitException {
        Process process = start(args);
        Thread writer = new Thread(() -> {
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            } catch (IOException e) {
                // the child stopped reading: its status and stderr say why
            }
        }, "git-stdin");
        writer.setDaemon(true);
        writer.start();
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            StreamDrainer errors = new StreamDrainer(stderr);
            errors.start();
            byte[] out = stdout.readAllBytes();
            errors.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + args[0] + " did not finish in " + TIMEOUT_SECONDS + "s");
            }
            writer.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            return new Result(process.exitValue(), out, new String(errors.bytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new GitException("cannot run git " + args[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new GitException("interrupted while running git " + args[0], e);
        }
    }

    /** Runs git and returns its output as one trimmed UTF-8 line. */
    public String line(String... args) throws GitException {
        return new String(run(args), StandardCharsets.UTF_8).strip();
    }

    /** Starts a long-lived git process (for {@code cat-file --batch}, or output read as it comes). */
    public Process start(String... args) throws GitException {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add("git");
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
        }
    }

    /** Splits NUL-terminated {@code -z} output into UTF-8 strings (paths with spaces and non-ASCII stay intact). */
    public static List<String> splitNul(byte[] output) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < output.length; i++) {
            if (output[i] == 0) {
                parts.add(new String(output, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < output.length) {
            parts.add(new String(output, start, output.length - start, StandardCharsets.UTF_8));
        }
        return parts;
    }

    /** Reads a stream to its end on its own thread, so a full stderr pipe never blocks the child. */
    private static final class StreamDrainer extends Thread {

        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StreamDrainer(InputStream in) {
            super("git-stderr");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            try {
                in.transferTo(bytes);
            } catch (IOException e) {
                // the process ended; what was read is enough for a message
            }
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
