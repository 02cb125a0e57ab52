package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.Encoding;
import dev.deploytrack.source.SourceText;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Counts tokens of texts for one {@link Tokenization}. Counting is ordinary: text that looks like a special token,
 * such as {@code <|endoftext|>} in a skill that documents it, is counted as the text it is instead of failing. The
 * vocabulary is loaded on the first count, never when the counter is created. Thread-safe.
 */
public final class TokenCounter {

    private final Tokenization method;
    private final Vocabularies vocabularies;
    private volatile Encoding encoding;

    public TokenCounter(Tokenization method, Vocabularies vocabularies) {
        this.method = Objects.requireNonNull(method, "method");
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    public Tokenization method() {
        return method;
    }

    /** The count of {@code text} with the encoding, before any estimate factor. */
    public int countEncoded(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Encoding current = encoding;
        if (current == null) {
            current = vocabularies.encoding(method.encoding());
            encoding = current;
        }
        return hasLongRun(text) ? countAroundLongPieces(current, text) : current.countTokensOrdinary(text);
    }

    /**
     * The longest piece counted whole, in characters. Byte-pair encoding of one piece takes time and memory that grow
     * faster than its length (jtokkit: a tree node per byte), and a piece this long is never prose: a line of one
     * repeated letter, a blob of symbols. Longer pieces are counted in parts of {@link #PART} characters, so a 9 MB
     * line costs what 9 MB of words cost; their count can differ from tiktoken's by a token or two per part.
     * (Real files do hold pieces of a thousand characters, such as runs of spaces: those are counted exactly.)
     */
    static final int LONG_PIECE = 8192;

    /** The length of the parts a longer piece is counted in: small enough for jtokkit's quick path per part. */
    static final int PART = 1024;

    /**
     * Whether {@code text} may hold a piece longer than {@link #LONG_PIECE}: a piece lies within a run of whitespace
     * or of other characters (plus one leading character), so short runs rule long pieces out in one cheap pass.
     */
    static boolean hasLongRun(String text) {
        if (text.length() <= LONG_PIECE) {
            return false;
        }
        int run = 0;
        boolean whitespace = false;
        for (int i = 0; i < text.length(); i++) {
            boolean current = Character.isWhitespace(text.charAt(i));
            run = current == whitespace ? run + 1 : 1;
            whitespace = current;
            if (run >= LONG_PIECE) {
                return true;
            }
        }
        return false;
    }

    /** Counts the text between long pieces whole (exact) and each long piece in parts. */
    private int countAroundLongPieces(Encoding encoding, String text) {
        Matcher pieces = PreTokenizer.pattern(method.encoding()).matcher(text);
        int count = 0;
        int segment = 0;
        while (pieces.find()) {
            if (pieces.end() - pieces.start() <= LONG_PIECE) {
                continue;
            }
            if (pieces.start() > segment) {
                count += encoding.countTokensOrdinary(text.substring(segment, pieces.start()));
            }
            for (int start = pieces.start(); start < pieces.end(); ) {
                int end = Math.min(pieces.end(), start + PART);
                if (end < pieces.end() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // never split a surrogate pair
                }
                count += encoding.countTokensOrdinary(text.substring(start, end));
                start = end;
            }
            segment = pieces.end();
        }
        if (segment < text.length()) {
            count += encoding.countTokensOrdinary(text.substring(segment));
        }
        return count;
    }

    public TokenCount count(String text) {
        return fromEncoded(countEncoded(text));
    }

    /** The count of a file's text as agents see it: see {@link CountableText}. */
    public TokenCount count(SourceText source) {
        return count(CountableText.of(source));
    }

    /** A count for a text whose encoded count is already known (sums of counted parts). */
    public TokenCount fromEncoded(int encoded) {
        EstimateFactor estimate = method.estimate();
        if (estimate == null) {
            return new TokenCount(encoded, encoded, encoded, encoded, method);
        }
        return new TokenCount(estimate.estimate(encoded), estimate.lowEstimate(encoded),
                estimate.highEstimate(encoded), encoded, method);
    }
}
