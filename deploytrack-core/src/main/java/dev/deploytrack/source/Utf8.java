package dev.deploytrack.source;

/**
 * A strict UTF-8 validator (no overlongs, no surrogates, nothing above U+10FFFF), without allocating, and a decoder
 * that replaces invalid bytes the way Python, browsers and Node do.
 */
final class Utf8 {

    private static final char REPLACEMENT = '\uFFFD';

    private Utf8() {
    }

    /**
     * Decodes UTF-8, replacing each maximal subpart of an invalid sequence with one U+FFFD (the Unicode standard's
     * recommended practice, the WHATWG Encoding algorithm). The JDK's decoder replaces an encoded surrogate such as
     * {@code ED A0 80} with one U+FFFD where Python, Node and tiktoken's callers see three, so token counts of such
     * files would differ; this decoder agrees with them.
     */
    static String decodeReplacing(byte[] bytes, int from, int to) {
        // Every char written consumes at least one byte, so the text is never longer than the bytes.
        char[] out = new char[to - from];
        int length = 0;
        int needed = 0;
        int seen = 0;
        int codePoint = 0;
        int lower = 0x80;
        int upper = 0xBF;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            if (needed == 0) {
                if (b < 0x80) {
                    out[length++] = (char) b;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                    needed = 2;
                    codePoint = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                    needed = 3;
                    codePoint = b & 0x07;
                } else {
                    out[length++] = REPLACEMENT;
                }
                continue;
            }
            if (b < lower || b > upper) {
                out[length++] = REPLACEMENT;
                needed = 0;
                seen = 0;
                lower = 0x80;
                upper = 0xBF;
                i--; // the byte that broke the sequence starts the next one
                continue;
            }
            lower = 0x80;
            upper = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (++seen == needed) {
                if (codePoint >= 0x10000) {
                    out[length++] = Character.highSurrogate(codePoint);
                    out[length++] = Character.lowSurrogate(codePoint);
                } else {
                    out[length++] = (char) codePoint;
                }
                needed = 0;
                seen = 0;
            }
        }
        if (needed != 0) {
            out[length++] = REPLACEMENT;
        }
        return new String(out, 0, length);
    }

    static boolean isValid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int needed;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                needed = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                needed = 3;
                min = 0x10000;
            } else {
                return false;
            }
            int codePoint = b & (0x3F >> needed);
            for (int k = 1; k <= needed; k++) {
                if (i + k >= to) {
                    return false;
                }
                int next = bytes[i + k] & 0xff;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return false;
            }
            i += needed + 1;
        }
        return true;
    }
}
