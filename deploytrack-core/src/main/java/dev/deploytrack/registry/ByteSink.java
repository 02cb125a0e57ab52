package dev.deploytrack.registry;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that knows its position: the writer records where each element lands, so the next write
 * can refer to it.
 */
final class ByteSink extends OutputStream {

    private byte[] bytes;
    private int length;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(capacity, 1024)];
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    @Override
    public void write(byte[] source) {
        write(source, 0, source.length);
    }

    void ascii(String text) {
        write(text.getBytes(StandardCharsets.US_ASCII), 0, text.length());
    }

    void utf8(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        write(encoded, 0, encoded.length);
    }

    int position() {
        return length;
    }

    /** Starts a new buffer; the old array stays with whoever holds it. */
    void reset() {
        bytes = new byte[Math.max(8192, bytes.length / 2)];
        length = 0;
    }

    /** The backing array; only the first {@link #position()} bytes are content. */
    byte[] array() {
        return bytes;
    }

    private void ensure(int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
    }
}
