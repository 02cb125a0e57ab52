package dev.deploytrack.secrets;

/**
 * A decoded file's characters in a char array a thread reuses from file to file ({@link FileText#decoded}), so
 * that a file with a few non-ASCII characters costs no new string of twice its size. Like {@link AsciiText}, valid
 * only while its file is scanned: {@link #subSequence} copies.
 */
final class CharsText implements CharSequence {

    private final char[] chars;
    private final int length;

    CharsText(char[] chars, int length) {
        this.chars = chars;
        this.length = length;
    }

    char[] array() {
        return chars;
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
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException(start + ".." + end + " of " + length);
        }
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
