package dev.deploytrack.secrets;

/**
 * Measures how random a candidate value looks. Used only after the look-alike filters have had their say: entropy
 * alone cannot tell a hash from a key, but it separates {@code my-database-password} from a generated token.
 */
final class Entropy {

    private Entropy() {
    }

    /** Shannon entropy in bits per character of {@code value[from, to)}. */
    static double shannon(CharSequence value, int from, int to) {
        int length = to - from;
        if (length <= 0) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double entropy = 0;
        for (int count : counts) {
            entropy += term(count, length);
        }
        return entropy + term(other, length);
    }

    static double shannon(CharSequence value) {
        return shannon(value, 0, value.length());
    }

    private static double term(int count, int length) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / length;
        return -p * (Math.log(p) / Math.log(2));
    }

    /** How many of lower case, upper case, digits and other characters occur. */
    static int characterClasses(CharSequence value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    static int distinctCharacters(CharSequence value) {
        boolean[] seen = new boolean[128];
        int distinct = 0;
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                if (!seen[c]) {
                    seen[c] = true;
                    distinct++;
                }
            } else {
                other = 1;
            }
        }
        return distinct + other;
    }
}
