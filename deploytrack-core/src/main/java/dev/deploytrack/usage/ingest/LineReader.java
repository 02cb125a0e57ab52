package dev.deploytrack.usage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file line by line as bytes, for JSON Lines logs: no decoding of lines that are skipped, one buffer reused
 * for every line, and a bound on a line's length so that memory never grows with the input (a line over the bound is
 * skipped whole and reported, not read into memory).
 */
final class LineReader {

    /** Lines longer than this are skipped: a Claude Code line with a large tool result is a few MiB. */
    static final int MAX_LINE = 64 << 20;

    private final InputStream in;
    private final int maxLine;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPosition;
    private int chunkLimit;
    private byte[] line = new byte[1 << 14];
    private int length;
    private long lineNumber;
    private long bytesRead;
    private boolean tooLong;

    LineReader(InputStream in) {
        this(in, MAX_LINE);
    }

    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Advances to the next line; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (chunkPosition == chunkLimit) {
                int read = in.read(chunk);
                if (read < 0) {
                    if (any) {
                        lineNumber++;
                    }
                    return any;
                }
                bytesRead += read;
                chunkPosition = 0;
                chunkLimit = read;
            }
            any = true;
            int start = chunkPosition;
            int end = start;
            while (end < chunkLimit && chunk[end] != '\n') {
                end++;
            }
            append(start, end);
            chunkPosition = end;
            if (end < chunkLimit) {
                chunkPosition++; // the line break
                lineNumber++;
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
        }
    }

    private void append(int start, int end) {
        int count = end - start;
        if (tooLong || length + (long) count > maxLine) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(chunk, start, line, length, count);
        length += count;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Bytes read from the input so far (for progress). */
    long bytesRead() {
        return bytesRead;
    }

    /** The current line was longer than the bound and was not kept. */
    boolean tooLong() {
        return tooLong;
    }

    boolean blank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the current line holds {@code needle} (a quick filter before parsing). */
    boolean contains(byte[] needle) {
        int last = length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (line[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
