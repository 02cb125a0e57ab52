package dev.deploytrack.registry;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The last field of every 2.0.0 file deploytrack writes, {@code "checksum": "crc32c:<8 hex digits>"}: the CRC-32C of
 * every byte before it. A file whose checksum matches is exactly what deploytrack wrote, so a write may trust its
 * layout and contents and parse only the part it changes; any other file (edited by hand, merged by git, written by
 * another tool, truncated) is read in full. It guards against accidents, not against someone forging a file: who
 * can write the registry can write anything into it anyway.
 *
 * <p>The checksum of a new file is combined from the checksums of its pieces ({@link #combine}), so a write that
 * copies most of the old file never reads those bytes a second time.
 */
final class RegistryChecksum {

    private static final String PREFIX = ",\n  \"checksum\": \"crc32c:";
    private static final String SUFFIX = "\"\n}\n";
    /** The bytes from the comma before the field to the end of the file. */
    static final int TRAILER_LENGTH = PREFIX.length() + 8 + SUFFIX.length();

    /** CRC-32C (Castagnoli), reflected. */
    private static final int POLYNOMIAL = 0x82F63B78;
    /** {@code x^(2^k) mod P} for k = 0..31, to shift a checksum over any length in at most 64 multiplications. */
    private static final int[] X_POW_2K = new int[32];

    static {
        int p = 1 << 30; // x^1
        for (int k = 0; k < 32; k++) {
            X_POW_2K[k] = p;
            p = multiply(p, p);
        }
    }

    private RegistryChecksum() {
    }

    /** The trailer for a file whose bytes before it have {@code crc}. */
    static byte[] trailer(int crc) {
        return (PREFIX + String.format(java.util.Locale.ROOT, "%08x", crc) + SUFFIX)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The checksum a file claims, from its last {@link #TRAILER_LENGTH} bytes, or {@code null} when they are not a
     * checksum trailer.
     */
    static Integer claimed(byte[] tail) {
        if (tail.length != TRAILER_LENGTH) {
            return null;
        }
        String text = new String(tail, StandardCharsets.ISO_8859_1);
        if (!text.startsWith(PREFIX) || !text.endsWith(SUFFIX)) {
            return null;
        }
        String hex = text.substring(PREFIX.length(), PREFIX.length() + 8);
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return Integer.parseUnsignedInt(hex, 16);
    }

    static int of(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** The checksum of {@code A + B} from the checksums of {@code A} and {@code B} and the length of {@code B}. */
    static int combine(int crcA, int crcB, long lengthB) {
        return multiply(xPow8n(lengthB), crcA) ^ crcB;
    }

    /**
     * The checksum of the bytes between two prefixes of one file, from the checksums of the prefixes: the inverse
     * of {@link #combine}.
     */
    static int between(int crcShorterPrefix, int crcLongerPrefix, long distance) {
        return crcLongerPrefix ^ multiply(xPow8n(distance), crcShorterPrefix);
    }

    /** {@code a(x) b(x) mod P(x)}, in the reflected bit order of the checksum. */
    private static int multiply(int a, int b) {
        if (a == 0) {
            return 0;
        }
        int m = 1 << 31;
        int product = 0;
        while (true) {
            if ((a & m) != 0) {
                product ^= b;
                if ((a & (m - 1)) == 0) {
                    return product;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
        }
    }

    /** {@code x^(8n) mod P(x)}: shifting a checksum over {@code n} bytes. */
    private static int xPow8n(long n) {
        int p = 1 << 31; // x^0
        int k = 3;
        while (n != 0) {
            if ((n & 1) != 0) {
                p = multiply(X_POW_2K[k & 31], p);
            }
            n >>>= 1;
            k++;
        }
        return p;
    }
}
