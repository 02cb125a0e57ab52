package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum GitHub (classic tokens, {@code ghp_} and friends) and npm ({@code npm_}) put in their tokens: the
 * last six characters are the CRC32 of the 30 random characters before them, in base62 ({@code 0-9A-Za-z}),
 * padded with zeros. A random string of the right shape passes with a chance of one in 56 billion, so a token that
 * fails is a made-up example, not a leak.
 */
final class Base62Checksum {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_LENGTH = 30;
    private static final int CHECKSUM_LENGTH = 6;

    private Base62Checksum() {
    }

    /** Whether {@code token} (prefix, 30 random characters, 6 checksum characters) carries a valid checksum. */
    static boolean isValid(String token, int prefixLength) {
        if (token.length() != prefixLength + RANDOM_LENGTH + CHECKSUM_LENGTH) {
            return false;
        }
        String random = token.substring(prefixLength, prefixLength + RANDOM_LENGTH);
        return checksum(random).equals(token.substring(prefixLength + RANDOM_LENGTH));
    }

    /** The six base62 characters GitHub and npm append to {@code random}. */
    static String checksum(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(digits);
    }
}
