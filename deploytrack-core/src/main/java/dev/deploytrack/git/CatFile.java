package dev.deploytrack.git;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One long-lived {@code git cat-file --batch} process serving every blob a run reads: one process for the whole
 * commit, however many files are staged. Requests are answered in order and git flushes after each object, so a
 * request followed by reading its answer cannot deadlock; git's standard error is drained on a thread of its own,
 * so warnings cannot fill that pipe and stop git either. Each request has the git's deadline
 * ({@link Git#timeout}): a git that does not answer in time (a stuck filesystem, a lock) is stopped, and the hook
 * fails with a message instead of hanging the commit. Not thread-safe.
 */
final class CatFile implements AutoCloseable {

    private final Process process;
    private final OutputStream requests;
    private final InputStream answers;
    private final Git.ErrorDrain errors;
    private final Duration timeout;
    private final AtomicBoolean stopped = new AtomicBoolean();

    CatFile(Git git) throws GitException {
        this.process = git.start("cat-file", "--batch");
        this.errors = new Git.ErrorDrain(process.getErrorStream());
        errors.start();
        this.timeout = git.timeout();
        this.requests = new BufferedOutputStream(process.getOutputStream());
        this.answers = new BufferedInputStream(process.getInputStream(), 1 << 16);
    }

    /** A blob's size, and its content unless it was larger than the caller wanted to hold. */
    record Blob(long size, byte[] content) {
    }

    /** Reads a blob, or only its size when it is larger than {@code maxBytes} (its content is then skipped). */
    Blob read(String objectId, long maxBytes) throws GitException {
        if (stopped.get()) {
            throw notAnswered(objectId);
        }
        ScheduledFuture<?> deadline = Git.schedule(this::stopAtDeadline, timeout);
        try {
            return answer(objectId, maxBytes);
        } catch (GitException e) {
            if (stopped.get()) {
                throw notAnswered(objectId);
            }
            String wrote = errorsAfterExit();
            throw wrote.isEmpty() ? e : new GitException(e.getMessage() + "; it wrote: " + wrote, e);
        } finally {
            deadline.cancel(false);
        }
    }

    private Blob answer(String objectId, long maxBytes) throws GitException {
        try {
            requests.write((objectId + "\n").getBytes(StandardCharsets.US_ASCII));
            requests.flush();
            String header = readLine();
            // "<oid> blob <size>" or "<oid> missing"
            String[] parts = header.split(" ");
            if (parts.length != 3) {
                throw new GitException("git cat-file: object " + objectId + " is " + header);
            }
            long size = Long.parseLong(parts[2]);
            byte[] content = null;
            if (size <= maxBytes) {
                content = answers.readNBytes((int) size);
                if (content.length != size) {
                    throw new GitException("git cat-file ended early reading " + objectId);
                }
            } else {
                long skipped = answers.skip(size);
                while (skipped < size) {
                    if (answers.read() < 0) {
                        throw new GitException("git cat-file ended early reading " + objectId);
                    }
                    skipped++;
                }
            }
            if (answers.read() != '\n') {
                throw new GitException("git cat-file: unexpected output after " + objectId);
            }
            return new Blob(size, content);
        } catch (NumberFormatException e) {
            throw new GitException("git cat-file: unreadable answer for " + objectId, e);
        } catch (IOException e) {
            throw e instanceof GitException ge ? ge : new GitException("git cat-file failed: " + e.getMessage(), e);
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = answers.read()) != '\n') {
            if (c < 0) {
                throw new GitException("git cat-file stopped answering");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    private void stopAtDeadline() {
        if (process.isAlive()) {
            stopped.set(true);
            Git.destroyWithChildren(process);
        }
    }

    private GitException notAnswered(String objectId) {
        String wrote = errorsAfterExit();
        return new GitException("git cat-file did not answer within " + Git.describe(timeout) + " for object "
                + objectId + " and was stopped" + (wrote.isEmpty() ? "" : "; it wrote: " + wrote));
    }

    /**
     * What git wrote to standard error. A git that stopped answering is ending: after a short wait for it, the drain
     * is given the time to read the rest; a git that is still answering (a missing object) is not waited for long.
     */
    private String errorsAfterExit() {
        try {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                errors.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return errors.text(1000);
    }

    @Override
    public void close() {
        try {
            requests.close();
            answers.close();
        } catch (IOException e) {
            // closing a finished process's pipes
        }
        process.destroy();
    }
}
