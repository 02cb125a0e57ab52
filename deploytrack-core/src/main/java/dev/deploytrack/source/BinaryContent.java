package dev.deploytrack.source;

/**
 * The one rule telling a binary file from text, for every reader (validate's checks through {@link SourceText}, the
 * secret scanner through its byte fast path): a file is binary when the NULs among its first 8,000 bytes (or
 * characters, for UTF-16) are more than an occasional one (more than two, and more than one in a thousand) or come
 * with other control characters, as in every binary format. A stray NUL in a text file ({@code GITHUB_TOKEN=...}
 * then {@code \0}, a truncated write, a paste) does not make it binary: a secret or a broken field after it is still
 * found.
 */
public final class BinaryContent {

    /** How much of the start of a file is inspected. */
    public static final int SNIFF_LENGTH = 8000;

    private BinaryContent() {
    }

    /** Whether the bytes from {@code start} (after any byte-order mark) of UTF-8 or ASCII content are binary. */
    public static boolean isBinary(byte[] bytes, int start, int length) {
        int end = Math.min(length, start + SNIFF_LENGTH);
        int nuls = 0;
        int controls = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                nuls++;
            } else if (isOtherControl(b)) {
                controls++;
            }
        }
        return verdict(nuls, controls, end - start);
    }

    /** Whether decoded text (UTF-16 files) is binary, by the same rule over its first characters. */
    public static boolean isBinary(CharSequence text) {
        int end = Math.min(text.length(), SNIFF_LENGTH);
        int nuls = 0;
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                nuls++;
            } else if (c < 0x20 && isOtherControl(c)) {
                controls++;
            }
        }
        return verdict(nuls, controls, end);
    }

    private static boolean isOtherControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B;
    }

    private static boolean verdict(int nuls, int controls, int window) {
        return nuls > 0 && (nuls > Math.max(2, window / 1000) || controls > 0);
    }
}
