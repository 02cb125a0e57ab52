package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.regex.Pattern;

/**
 * How an encoding splits text into pieces before byte-pair encoding: the same regular expressions, compiled with the
 * same flags, as jtokkit 1.1.0 (whose pieces are OpenAI's tiktoken's). Byte-pair merges never cross a piece, so the
 * count of a text is the sum of the counts of its pieces, which is what lets {@link TokenUpperBound} bound a count
 * piece by piece without a vocabulary. jtokkit splits {@code cl100k_base} with a hand-written parser instead of its
 * expression; the expression here gives the same pieces (PreTokenizerTest compares them with jtokkit's own).
 */
final class PreTokenizer {

    /** jtokkit's {@code o200k_base} expression: its seven alternatives joined with '|'. */
    private static final String O200K = String.join("|",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+"
                    + "(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*"
                    + "(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "\\p{N}{1,3}",
            " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*",
            "\\s*[\\r\\n]+",
            "\\s+(?!\\S)",
            "\\s+");

    /** tiktoken's {@code cl100k_base} expression, as jtokkit's Cl100kParser implements it. */
    private static final String CL100K = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}"
            + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

    /** jtokkit's expression of {@code r50k_base} and {@code p50k_base}. */
    private static final String X50K = "'(?:[sdmt]|ll|ve|re)| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+"
            + "|\\s+(?!\\S)|\\s+";

    /** Compiled on first use, by encoding: compiling costs a cold process a millisecond or two. */
    private static final Pattern[] COMPILED = new Pattern[EncodingType.values().length];

    private PreTokenizer() {
    }

    /** The expression whose successive matches are the pieces of a text in {@code encoding}. */
    static Pattern pattern(EncodingType encoding) {
        synchronized (COMPILED) {
            Pattern pattern = COMPILED[encoding.ordinal()];
            if (pattern == null) {
                pattern = compile(switch (encoding) {
                    case O200K_BASE -> O200K;
                    case CL100K_BASE -> CL100K;
                    default -> X50K;
                });
                COMPILED[encoding.ordinal()] = pattern;
            }
            return pattern;
        }
    }

    /** As jtokkit compiles them: Unicode character classes (Java's \s and \p{L} are then Unicode's, like Rust's). */
    private static Pattern compile(String expression) {
        return Pattern.compile(expression, Pattern.UNICODE_CHARACTER_CLASS);
    }
}
