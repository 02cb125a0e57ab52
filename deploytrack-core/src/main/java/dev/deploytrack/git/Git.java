package dev.deploytrack.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs git in a working directory. The environment is inherited on purpose: inside a hook, git sets GIT_DIR and
 * GIT_INDEX_FILE (e.g. a temporary index for {@code git commit -a}), and the commands must see that index.
 *
 * <p>Every command that ends on its own runs through {@link #launch}: one deadline covers the whole run, from the
 * start (a git that hangs before it writes anything, or while it writes, is stopped with its children when the
 * deadline passes); standard input is written and standard error read on threads of their own, so no full pipe
 * blocks git or us; the exit status is always looked at; and standard error, kept up to
 * {@value #MAX_ERROR_BYTES} bytes, is the message of a failure.
 */
public final class Git {

    /** How long one git command may take, start to end. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** The most of git's standard error kept for a message; the rest is read and dropped. */
    static final int MAX_ERROR_BYTES = 8192;

    /** Stops commands past their deadline: one daemon thread for all of them. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "git-deadline");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true); // a finished command's deadline is dropped, not kept until it passes
        return executor;
    }

    private final Path directory;
    private final String executable;
    private final Duration timeout;

    public Git(Path directory) {
        this(directory, "git", DEFAULT_TIMEOUT);
    }

    /**
     * @param executable the git to run ({@code git} from the PATH, or a path)
     * @param timeout    how long one command may take, start to end
     */
    public Git(Path directory, String executable, Duration timeout) {
        this.directory = directory;
        this.executable = executable;
        this.timeout = timeout;
    }

    /** The same git in another directory. */
    public Git in(Path other) {
        return new Git(other, executable, timeout);
    }

    public Path directory() {
        return directory;
    }

    /** How long one command, or one request to a long-lived git, may take. */
    Duration timeout() {
        return timeout;
    }

    /** Runs {@code task} after {@code delay} on the deadline thread, unless cancelled first. */
    static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return DEADLINES.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops {@code process} and every process it started (a child holding a pipe would keep a reader waiting). */
    static void destroyWithChildren(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Runs {@code git args...} and returns its standard output; a non-zero exit is a {@link GitException}. */
    public byte[] run(String... args) throws GitException {
        Result result = exec(null, args);
        if (result.status() != 0) {
            throw failed(args, result);
        }
        return result.out();
    }

    /** The failure of a command that ended with a non-zero status, with what it wrote to standard error. */
    public static GitException failed(String[] args, Result result) {
        return new GitException("git " + args[0] + " failed (exit status " + result.status() + ")"
                + (result.err().isEmpty() ? "" : ": " + result.err()));
    }

    /**
     * What a git command printed and how it ended, for commands whose non-zero exit is an answer rather than a
     * failure ({@code merge-base --is-ancestor}, {@code rev-parse --verify}).
     *
     * @param err standard error, at most {@value #MAX_ERROR_BYTES} bytes of it, stripped
     */
    public record Result(int status, byte[] out, String err) {

        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs {@code git args...} with {@code input} on its standard input, and returns how it ended whatever its
     * status.
     *
     * @throws GitException when git cannot be started or does not finish in time
     */
    public Result exec(byte[] input, String... args) throws GitException {
        try (Running running = launch(input, args)) {
            byte[] out;
            try {
                out = running.stdout().readAllBytes();
            } catch (IOException e) {
                out = new byte[0]; // stopped at the deadline, or gone: finish() tells which
            }
            return running.finish(out);
        }
    }

    /** Runs git and returns its output as one trimmed UTF-8 line. */
    public String line(String... args) throws GitException {
        return new String(run(args), StandardCharsets.UTF_8).strip();
    }

    /**
     * Starts {@code git args...} under this git's deadline, for output read as it comes: read {@link Running#stdout},
     * then {@link Running#finish} for the status (or close it early, which stops git).
     *
     * @param input written to its standard input on a thread of its own, or {@code null} for none
     */
    public Running launch(byte[] input, String... args) throws GitException {
        Process process = start(args);
        return new Running(process, args[0], input, timeout);
    }

    /**
     * Starts a long-lived git process that answers requests ({@code cat-file --batch}): it lives as long as its
     * user, who puts a deadline on each request instead ({@link #timeout}, {@link #schedule}); every command that
     * ends on its own runs through {@link #launch}.
     */
    public Process start(String... args) throws GitException {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add(executable);
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
        }
    }

    /**
     * A git command running under a deadline. Its standard error is drained on a thread (the first
     * {@value #MAX_ERROR_BYTES} bytes kept), its standard input written on another; at the deadline it is stopped,
     * with every process it started (a child holding the output pipe would keep a reader waiting).
     */
    public static final class Running implements AutoCloseable {

        private final Process process;
        private final String command;
        private final Duration timeout;
        private final long deadline;
        private final ErrorDrain errors;
        private final Thread writer;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ScheduledFuture<?> killer;
        private boolean finished;

        private Running(Process process, String command, byte[] input, Duration timeout) {
            this.process = process;
            this.command = command;
            this.timeout = timeout;
            this.deadline = System.nanoTime() + timeout.toNanos();
            this.killer = schedule(() -> stop(true), timeout);
            this.errors = new ErrorDrain(process.getErrorStream());
            errors.start();
            if (input == null) {
                this.writer = null;
                try {
                    process.getOutputStream().close();
                } catch (IOException e) {
                    // git has ended already: its status says how
                }
            } else {
                this.writer = new Thread(() -> {
                    try (var stdin = process.getOutputStream()) {
                        stdin.write(input);
                    } catch (IOException e) {
                        // git stopped reading: its status and standard error say why
                    }
                }, "git-stdin");
                writer.setDaemon(true);
                writer.start();
            }
        }

        /** git's standard output, to read to its end (or as far as needed, then {@link #close}). */
        public InputStream stdout() {
            return process.getInputStream();
        }

        /**
         * Waits for git to end (within the deadline) and returns how it ended.
         *
         * @param out what was read of its standard output
         * @throws GitException when it was stopped at the deadline
         */
        public Result finish(byte[] out) throws GitException {
            try {
                long left = deadline - System.nanoTime();
                if (!process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    stop(true);
                    process.waitFor();
                }
                if (stopped.get()) {
                    String wrote = errors.text(1000);
                    throw new GitException("git " + command + " did not finish within " + describe(timeout)
                            + " and was stopped" + (wrote.isEmpty() ? "" : "; it wrote: " + wrote));
                }
                // Once git has ended its pipes close, unless a child it left behind holds them: never wait long.
                errors.join(1000);
                if (writer != null) {
                    writer.join(1000);
                }
                finished = true;
                return new Result(process.exitValue(), out, errors.text(MAX_ERROR_BYTES));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(false);
                throw new GitException("interrupted while running git " + command, e);
            }
        }

        /** Stops git if it has not finished (a reader that has read what it needed), and its children. */
        @Override
        public void close() {
            killer.cancel(false);
            if (!finished) {
                stop(false);
            }
        }

        private void stop(boolean atDeadline) {
            if (!process.isAlive()) {
                return;
            }
            if (atDeadline) {
                stopped.set(true);
            }
            destroyWithChildren(process);
        }
    }

    /** Reads standard error to its end on its own thread, keeping the first bytes for a message. */
    static final class ErrorDrain extends Thread {

        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long total;

        ErrorDrain(InputStream in) {
            super("git-stderr");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (this) {
                        int keep = (int) Math.max(0, Math.min(n, MAX_ERROR_BYTES - total));
                        kept.write(buffer, 0, keep);
                        total += n;
                    }
                }
            } catch (IOException e) {
                // the process ended; what was read is enough for a message
            }
        }

        /** At most {@code max} bytes of what was read, stripped; says so when there was more. */
        synchronized String text(int max) {
            byte[] bytes = kept.toByteArray();
            String text = new String(bytes, 0, Math.min(max, bytes.length), StandardCharsets.UTF_8).strip();
            return total > Math.min(max, bytes.length) ? text + " [... " + (total - Math.min(max, bytes.length))
                    + " more bytes]" : text;
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
}
