package dev.deploytrack.registry;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte string to find in megabytes of registry text: Horspool's algorithm on pairs of bytes. A window of the
 * text is moved by the distance its last two bytes allow (up to the pattern's length less one), so finding a
 * 25-byte pattern looks at about one byte in twenty; in a JVM that has just started, where every loop still runs
 * slowly, that is the difference between a few milliseconds and tens.
 */
final class BytePattern {

    private static final int TABLE_SIZE = 1 << 12;
    private static final int[] NONE = new int[0];

    private final byte[] pattern;
    /** Indexed by a pair of bytes: how far a window ending (forward) or starting (backward) there may move. */
    private final byte[] forward;
    private byte[] backward;

    BytePattern(byte[] pattern) {
        if (pattern.length < 2) {
            throw new IllegalArgumentException("a pattern has at least two bytes");
        }
        this.pattern = pattern.clone();
        this.forward = shifts(true);
    }

    static BytePattern ascii(String text) {
        return new BytePattern(text.getBytes(StandardCharsets.US_ASCII));
    }

    int length() {
        return pattern.length;
    }

    /** The first start at or after {@code from} of a match lying within {@code [from, to)}, or {@code -1}. */
    int indexIn(byte[] text, int from, int to) {
        byte[] shifts = forward;
        byte[] p = pattern;
        int m = p.length;
        int i = from + m - 2; // the window's second-to-last byte
        int last = to - 2;
        while (i <= last) {
            int shift = shifts[pair(text[i], text[i + 1])];
            if (shift != 0) {
                i += shift;
                continue;
            }
            int start = i - m + 2;
            int j = m - 1; // slots are shared, so even the last pair is compared
            while (j >= 0 && text[start + j] == p[j]) {
                j--;
            }
            if (j < 0) {
                return start;
            }
            i++;
        }
        return -1;
    }

    /**
     * Every start of a match lying within {@code [from, to)}, in order. Four windows move through four parts of the
     * text at once: each step of one window waits for the byte the step before it read, which leaves the processor
     * mostly idle; four independent windows keep it busy (about three times faster on the registry's history).
     */
    int[] everyIndexIn(byte[] text, int from, int to) {
        byte[] shifts = forward;
        int m = pattern.length;
        int starts = to - m + 1 - from; // windows may start at from .. to - m
        if (starts <= 0) {
            return NONE;
        }
        int part = (starts + 3) / 4;
        int firstStart1 = Math.min(from + part, to - m + 1);
        int firstStart2 = Math.min(from + 2 * part, to - m + 1);
        int firstStart3 = Math.min(from + 3 * part, to - m + 1);
        // Each window is tracked by its second-to-last byte; window k covers starts [firstStart_k, firstStart_k+1).
        int i0 = from + m - 2;
        int i1 = firstStart1 + m - 2;
        int i2 = firstStart2 + m - 2;
        int i3 = firstStart3 + m - 2;
        int last0 = firstStart1 + m - 3;
        int last1 = firstStart2 + m - 3;
        int last2 = firstStart3 + m - 3;
        int last3 = to - 2;
        Matches found = new Matches();
        while (i0 <= last0 || i1 <= last1 || i2 <= last2 || i3 <= last3) {
            if (i0 <= last0) {
                i0 = step(text, i0, shifts, found);
            }
            if (i1 <= last1) {
                i1 = step(text, i1, shifts, found);
            }
            if (i2 <= last2) {
                i2 = step(text, i2, shifts, found);
            }
            if (i3 <= last3) {
                i3 = step(text, i3, shifts, found);
            }
        }
        return found.sorted(); // the four windows find their matches out of order
    }

    /** One move of the window whose second-to-last byte is at {@code i}; returns where it is next. */
    private int step(byte[] text, int i, byte[] shifts, Matches found) {
        int shift = shifts[pair(text[i], text[i + 1])];
        if (shift != 0) {
            return i + shift;
        }
        int start = i - pattern.length + 2;
        if (matchesAt(text, start)) {
            found.add(start);
        }
        return i + 1;
    }

    /** Starts of matches, usually none. */
    private static final class Matches {

        private int[] starts = NONE;
        private int count;

        void add(int start) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, Math.max(8, count * 2));
            }
            starts[count++] = start;
        }

        int[] sorted() {
            int[] result = Arrays.copyOf(starts, count);
            Arrays.sort(result);
            return result;
        }
    }

    private boolean matchesAt(byte[] text, int start) {
        byte[] p = pattern;
        for (int j = p.length - 1; j >= 0; j--) {
            if (text[start + j] != p[j]) {
                return false;
            }
        }
        return true;
    }

    /** The last start of a match lying within {@code [from, to)}, or {@code -1}. */
    int lastIndexIn(byte[] text, int from, int to) {
        byte[] shifts = backward == null ? backward = shifts(false) : backward;
        byte[] p = pattern;
        int m = p.length;
        int i = to - m; // the window's first byte
        while (i >= from) {
            int shift = shifts[pair(text[i], text[i + 1])];
            if (shift != 0) {
                i -= shift;
                continue;
            }
            int j = 0;
            while (j < m && text[i + j] == p[j]) {
                j++;
            }
            if (j == m) {
                return i;
            }
            i--;
        }
        return -1;
    }

    /**
     * Forward: a window whose last pair is the pattern's last pair may match (0); a pair found at {@code j} in the
     * pattern moves the window so they line up; any other pair moves it by the length less one (its second byte
     * could still be the pattern's first). Backward mirrors this on the window's first pair. Capped at 127.
     *
     * <p>Pairs share {@value #TABLE_SIZE} slots, each holding the smallest shift of the pairs in it: a shift may be
     * smaller than it could be, never larger, and the table stays in the processor's fastest cache (a table of
     * every pair, 64 KB, made each step wait on memory: three times slower).
     */
    private byte[] shifts(boolean forwards) {
        int m = pattern.length;
        byte[] shifts = new byte[TABLE_SIZE];
        Arrays.fill(shifts, (byte) Math.min(m - 1, 127));
        for (int j = 0; j < m - 1; j++) {
            int slot = pair(pattern[j], pattern[j + 1]);
            int shift = Math.min(forwards ? m - 2 - j : j, 127);
            shifts[slot] = (byte) Math.min(shifts[slot], shift);
        }
        return shifts;
    }

    private static int pair(byte first, byte second) {
        return ((first & 0xFF) << 4 ^ (second & 0xFF)) & (TABLE_SIZE - 1);
    }
}
