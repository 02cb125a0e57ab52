package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Tokens known to be in an encoding's vocabulary, without their ranks: the tokens of the lowest ranks (the first
 * merges, the most frequent byte sequences), two bytes or longer, as a read-only hash set of byte strings.
 * Membership is exact, so whatever follows from a hit holds for the real vocabulary. 20 KB or half a megabyte that
 * load in one or a few milliseconds, where the vocabulary itself costs 15-30 MB and hundreds of milliseconds.
 *
 * <p>The resources {@code <encoding>-<ranks>k.known-tokens} beside this class are generated from jtokkit's own
 * vocabulary file by the test-scope {@code KnownTokensGenerator}; {@code KnownTokensTest} checks that they still are
 * what the generator writes and that membership is exact over the whole vocabulary. A resource holds its hash table
 * ready to use, so loading is one pass without hashing. Format, numbers big-endian: the ints {@link #MAGIC},
 * {@link #VERSION}, count of tokens and table size (a power of two); then, in the order of their slots in the table,
 * each token as the distance from the previous token's slot less one (a varint: 7 bits a byte, the high bit set on
 * all but the last), its length (one byte) and its bytes. A slot is found from {@link #hash} by {@link #slot}, then
 * linear probing.
 */
final class KnownTokens {

    static final int MAGIC = 0x44544b54; // "DTKT"
    static final int VERSION = 1;
    static final int HEADER_BYTES = 4 * Integer.BYTES;
    /** FNV-1a, 32 bits. */
    static final int HASH_START = 0x811c9dc5;
    private static final int HASH_PRIME = 0x01000193;

    /** The resource: each token's length byte followed by its bytes. */
    private final byte[] data;
    /** Open addressing with linear probing: 0 for an empty slot, else the offset of a token's bytes. */
    private final int[] table;
    private final int mask;
    private final int maxLength;

    private KnownTokens(byte[] data, int[] table, int maxLength) {
        this.data = data;
        this.table = table;
        this.mask = table.length - 1;
        this.maxLength = maxLength;
    }

    /**
     * The known tokens of {@code encoding} from its {@code ranks} lowest ranks, or {@code null} when deploytrack
     * ships none for it.
     */
    static KnownTokens load(EncodingType encoding, int ranks) {
        String resource = resourceName(encoding, ranks);
        try (InputStream in = KnownTokens.class.getResourceAsStream(resource)) {
            return in == null ? null : read(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from deploytrack's jar", e);
        }
    }

    /** E.g. {@code o200k_base-64k.known-tokens} for the 65,536 lowest ranks. */
    static String resourceName(EncodingType encoding, int ranks) {
        return encoding.getName() + "-" + ranks / 1024 + "k.known-tokens";
    }

    static KnownTokens read(byte[] data, String name) {
        if (data.length < HEADER_BYTES || intAt(data, 0) != MAGIC || intAt(data, 4) != VERSION) {
            throw new IllegalStateException(name + " is not a known-tokens file of version " + VERSION);
        }
        int count = intAt(data, 8);
        int tableSize = intAt(data, 12);
        if (tableSize <= count || Integer.bitCount(tableSize) != 1) {
            throw new IllegalStateException(name + " is damaged: a table of " + tableSize + " for " + count);
        }
        int[] table = new int[tableSize];
        int maxLength = 0;
        int slot = -1;
        int offset = HEADER_BYTES;
        try {
            for (int i = 0; i < count; i++) {
                int distance = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = data[offset++];
                    distance |= (b & 0x7f) << shift;
                    if (b >= 0) {
                        break;
                    }
                }
                slot += 1 + distance;
                int length = data[offset] & 0xff;
                if (slot >= tableSize || length < 2) {
                    throw new IllegalStateException(name + " is damaged at token " + i);
                }
                table[slot] = offset + 1;
                maxLength = Math.max(maxLength, length);
                offset += 1 + length;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException(name + " is damaged: it ends inside a token", e);
        }
        if (offset != data.length) {
            throw new IllegalStateException(name + " is damaged: " + (data.length - offset) + " bytes too many");
        }
        return new KnownTokens(data, table, maxLength);
    }

    /** The big-endian int at {@code offset}. */
    static int intAt(byte[] data, int offset) {
        return (data[offset] & 0xff) << 24 | (data[offset + 1] & 0xff) << 16 | (data[offset + 2] & 0xff) << 8
                | data[offset + 3] & 0xff;
    }

    /** Whether {@code bytes[from, to)} is one of the known tokens. */
    boolean contains(byte[] bytes, int from, int to) {
        int hash = HASH_START;
        for (int i = from; i < to; i++) {
            hash = hash(hash, bytes[i]);
        }
        return contains(bytes, from, to, hash);
    }

    /** {@link #contains(byte[], int, int)} with the sequence's {@link #hash} already computed. */
    boolean contains(byte[] bytes, int from, int to, int hash) {
        int length = to - from;
        if (length > maxLength) {
            return false;
        }
        for (int slot = slot(hash, mask); ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return false;
            }
            if ((data[entry - 1] & 0xff) == length && equal(bytes, from, entry, length)) {
                return true;
            }
        }
    }

    private boolean equal(byte[] bytes, int from, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[from + i] != data[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** One step of the hash: the hash of a sequence extended by {@code next}. Start from {@link #HASH_START}. */
    static int hash(int hash, byte next) {
        return (hash ^ (next & 0xff)) * HASH_PRIME;
    }

    /** The slot at which probing for a sequence with {@code hash} starts, in a table of {@code mask + 1}. */
    static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
