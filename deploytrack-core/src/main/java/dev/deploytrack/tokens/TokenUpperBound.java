package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upper bound of a text's token count that needs no vocabulary, so that budget checks load a vocabulary only
 * for texts that may reach a target. Never below the count; on English Markdown and code 5-25% above it with
 * {@link Precision#CLOSE} (docs/tokens-and-cost.md shows figures).
 *
 * <p>Why it holds. Byte-pair encoding, as tiktoken and jtokkit run it, first splits the text into pieces with the
 * encoding's expression ({@link PreTokenizer}, the same pieces) and encodes each piece alone, so the count is the
 * sum over pieces. A piece's UTF-8 bytes start as one token each and are merged pairwise, always the adjacent pair
 * whose concatenation is the token of lowest rank, until no adjacent pair concatenates to a token. So the tokens a
 * piece ends as are a split of its bytes in which <em>no two neighbours concatenate to a token of the
 * vocabulary</em>. The count is therefore at most the largest number of parts of any split of the bytes in which no
 * two neighbours concatenate to a {@link KnownTokens known token} (a subset of the vocabulary, so this allows every
 * split the real rule allows, and more). A piece that is itself a known token is one token. The largest such split
 * is found by dynamic programming over the piece's bytes; to keep it linear, concatenations longer than
 * {@link #WINDOW} bytes are not looked up, which only allows more splits. An encoding without known tokens is
 * bounded by its UTF-8 size: each token stands for at least one byte.
 *
 * <p>Instances are immutable and thread-safe; {@link #forEncoding} shares one per encoding and precision.
 */
public final class TokenUpperBound {

    /** Concatenations up to this many bytes are looked up; longer ones are assumed not to be tokens. */
    static final int WINDOW = 8;

    /** Pieces longer than this (in UTF-8 bytes) are bounded by their length: see {@link #piece(byte[])}. */
    static final int LONG_PIECE_BYTES = 4 * TokenCounter.LONG_PIECE;
    private static final int NONE = Integer.MIN_VALUE / 2;
    /** Distinct pieces remembered per text: a long text of ever-new pieces does not grow the memory without end. */
    private static final int MEMO_LIMIT = 8192;
    /** By encoding and precision; no lambda or concurrent map, whose first use costs a cold process time. */
    private static final TokenUpperBound[] SHARED =
            new TokenUpperBound[EncodingType.values().length * Precision.values().length];

    /**
     * How many known tokens a bound uses: more is closer to the count and slower to load. Checks try
     * {@link #QUICK} first and {@link #CLOSE} only for a text that {@code QUICK} cannot rule out.
     */
    public enum Precision {
        /** The tokens of the 4,096 lowest ranks: 20 KB, read in under a millisecond; 1.6-1.9x the count. */
        QUICK(4_096),
        /** The tokens of the 65,536 lowest ranks: half a megabyte, read in about 8 ms; 1.05-1.25x the count. */
        CLOSE(65_536);

        private final int ranks;

        Precision(int ranks) {
            this.ranks = ranks;
        }

        /** How many of the vocabulary's lowest ranks its known tokens come from. */
        public int ranks() {
            return ranks;
        }
    }

    private final Pattern pieces;
    private final KnownTokens known;

    private TokenUpperBound(Pattern pieces, KnownTokens known) {
        this.pieces = pieces;
        this.known = known;
    }

    /** The bound for {@code encoding}, built on first use (no vocabulary). Shared by the whole process. */
    public static TokenUpperBound forEncoding(EncodingType encoding, Precision precision) {
        int index = encoding.ordinal() * Precision.values().length + precision.ordinal();
        synchronized (SHARED) {
            TokenUpperBound bound = SHARED[index];
            if (bound == null) {
                bound = create(encoding, precision);
                SHARED[index] = bound;
            }
            return bound;
        }
    }

    static TokenUpperBound create(EncodingType encoding, Precision precision) {
        KnownTokens known = KnownTokens.load(encoding, precision.ranks());
        return new TokenUpperBound(known == null ? null : PreTokenizer.pattern(encoding), known);
    }

    /** At least the token count of {@code text} in this bound's encoding. */
    public long of(String text) {
        return of(text, Long.MAX_VALUE);
    }

    /**
     * At least the token count of {@code text}, or, once the bound of a prefix reaches {@code enough}, that bound:
     * a decision whether a text may reach a budget needs no more, and a text of megabytes then costs its first
     * few kilobytes.
     */
    public long of(String text, long enough) {
        if (known == null || hasLoneSurrogate(text)) {
            // jtokkit's cl100k parser encodes a lone surrogate in three bytes, String#getBytes in one: bound by
            // the larger, without relying on the pieces.
            return utf8Bound(text);
        }
        long bound = 0;
        Matcher matcher = pieces.matcher(text);
        // Pieces repeat (words, indentation, punctuation runs), and a piece's bound depends on the piece alone.
        Map<String, Integer> seen = new HashMap<>();
        while (matcher.find()) {
            String piece = matcher.group();
            Integer parts = seen.get(piece);
            if (parts == null) {
                parts = piece(piece.getBytes(StandardCharsets.UTF_8));
                if (seen.size() < MEMO_LIMIT) {
                    seen.put(piece, parts);
                }
            }
            bound += parts;
            if (bound >= enough) {
                return bound;
            }
        }
        return bound;
    }

    /** An upper bound of the tokens of one piece: the most parts of a split no two neighbours of which are known. */
    int piece(byte[] bytes) {
        int n = bytes.length;
        if (n <= 1 || known.contains(bytes, 0, n)) {
            return n == 0 ? 0 : 1;
        }
        if (n > LONG_PIECE_BYTES) {
            // Every token stands for at least one byte. The split below needs memory 50 times the piece's length:
            // for a piece that long (a line of one letter), the byte count is the bound.
            return n;
        }
        // knownAt[j * (WINDOW + 1) + length]: bytes[j, j + length) is a known token (length 2..WINDOW).
        boolean[] knownAt = new boolean[n * (WINDOW + 1)];
        for (int j = 0; j < n; j++) {
            int hash = KnownTokens.hash(KnownTokens.HASH_START, bytes[j]);
            for (int length = 2; length <= WINDOW && j + length <= n; length++) {
                hash = KnownTokens.hash(hash, bytes[j + length - 1]);
                knownAt[j * (WINDOW + 1) + length] = known.contains(bytes, j, j + length, hash);
            }
        }
        // Splits of bytes[0, k): most[k * WINDOW + l] the most parts when the last part is l < WINDOW bytes long;
        // free[k] the most when the last part is WINDOW bytes or longer (no lookup constrains what follows it), or
        // 0 at the start; best[k] the most of any split.
        int[] most = new int[(n + 1) * WINDOW];
        int[] free = new int[n + 1];
        int[] best = new int[n + 1];
        Arrays.fill(most, NONE);
        Arrays.fill(free, NONE);
        free[0] = 0;
        best[0] = 0;
        int bestBeforeWindow = NONE;
        for (int k = 1; k <= n; k++) {
            if (k >= WINDOW) {
                bestBeforeWindow = Math.max(bestBeforeWindow, best[k - WINDOW]);
                free[k] = bestBeforeWindow + 1;
            }
            int kBest = free[k];
            for (int l = 1; l < WINDOW && l <= k; l++) {
                int i = k - l;
                int previous = free[i];
                for (int pl = 1; pl < WINDOW && pl <= i; pl++) {
                    int parts = most[i * WINDOW + pl];
                    int joined = l + pl;
                    if (parts > previous && (joined > WINDOW || !knownAt[(i - pl) * (WINDOW + 1) + joined])) {
                        previous = parts;
                    }
                }
                if (previous != NONE) {
                    most[k * WINDOW + l] = previous + 1;
                    kBest = Math.max(kBest, previous + 1);
                }
            }
            best[k] = kBest;
        }
        return best[n];
    }

    /**
     * Each token stands for at least one byte: the UTF-8 size, with a lone surrogate counted as the three bytes
     * jtokkit's cl100k parser gives it ({@code String#getBytes} gives one).
     */
    static long utf8Bound(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
