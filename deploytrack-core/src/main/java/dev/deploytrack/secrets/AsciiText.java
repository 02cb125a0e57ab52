package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;

/**
 * The characters of an ASCII file seen through its bytes, without decoding them into a string: most files of a
 * repository are ASCII, and a scan that copied each into a {@code String} allocated twice the tree's size. The bytes
 * belong to a buffer reused for the next file, so nothing may keep this text past the file's scan: candidates copy
 * what they keep ({@link #subSequence} returns a new string).
 */
final class AsciiText implements CharSequence {

    private final byte[] bytes;
    private final int offset;
    private final int length;

    AsciiText(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[offset + index] & 0xff);
    }

    /** A copy: the bytes are reused once this file is scanned. */
    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException(start + ".." + end + " of " + length);
        }
        return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** The offset of the first {@code c} (an ASCII character) at or after {@code from}, or -1. */
    int indexOf(char c, int from) {
        byte b = (byte) c;
        int end = offset + length;
        for (int i = offset + Math.max(0, from); i < end; i++) {
            if (bytes[i] == b) {
                return i - offset;
            }
        }
        return -1;
    }

    byte[] bytes() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
