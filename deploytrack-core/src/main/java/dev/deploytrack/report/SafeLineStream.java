package dev.deploytrack.report;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that passes every line through {@link PrintedText#line(String)} before it reaches the terminal or
 * CI log: the command line's standard output and error are wrapped in it, so no message, however it was built,
 * prints a secret, a raw control character or a forged CI command. Text is UTF-8; a line is written when its line
 * break arrives, or on flush.
 */
public final class SafeLineStream extends FilterOutputStream {

    /** A line longer than this is passed on in pieces (a minified report on one line must not be held whole). */
    private static final int MAX_LINE = 1 << 20;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    public SafeLineStream(OutputStream out) {
        super(out);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (b == '\n') {
            emit(true);
        } else {
            line.write(b);
            if (line.size() >= MAX_LINE) {
                emit(false);
            }
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                emit(true);
                start = i + 1;
            }
        }
        line.write(bytes, start, end - start);
        if (line.size() >= MAX_LINE) {
            emit(false);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (line.size() > 0) {
            emit(false);
        }
        out.flush();
    }

    private void emit(boolean lineBreak) throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        boolean carriageReturn = lineBreak && text.endsWith("\r");
        if (carriageReturn) {
            text = text.substring(0, text.length() - 1);
        }
        out.write(PrintedText.line(text).getBytes(StandardCharsets.UTF_8));
        if (lineBreak) {
            out.write(carriageReturn ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
    }
}
