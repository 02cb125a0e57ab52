package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.Encoding;
import dev.deploytrack.source.SourceText;
import java.util.Objects;

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
        return current.countTokensOrdinary(text);
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
