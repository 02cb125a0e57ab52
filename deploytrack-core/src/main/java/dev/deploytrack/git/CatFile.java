package dev.deploytrack.git;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One long-lived {@code git cat-file --batch} process serving every blob a run reads: one process for the whole
 * commit, however many files are staged. Requests are answered in order and git flushes after each object, so a
 * request followed by reading its answer cannot deadlock. Not thread-safe.
 */
final class CatFile implements AutoCloseable {

    private final Process process;
    private final OutputStream requests;
    private final InputStream answers;

    CatFile(Git git) throws GitException {
        this.process = git.start("cat-file", "--batch");
        this.requests = new BufferedOutputStream(process.getOutputStream());
        this.answers = new BufferedInputStream(process.getInputStream(), 1 << 16);
    }

    /** A blob's size, and its content unless it was larger than the caller wanted to hold. */
    record Blob(long size, byte[] content) {
    }

    /** Reads a blob, or only its size when it is larger than {@code maxBytes} (its content is then skipped). */
    Blob read(String objectId, long maxBytes) throws GitException {
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
