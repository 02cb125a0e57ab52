package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploytrack's own table of which tokenizer a model uses. jtokkit's model lookup stops at gpt-4o: it knows no
 * gpt-4.1, gpt-5 or o-series model, so this table is kept here. OpenAI models are counted exactly with their
 * encoding; every other model is estimated from the {@code o200k_base} count with its family's factor.
 * A provider prefix ({@code openai/gpt-5}, {@code groq/llama-3.3-70b}) is ignored.
 */
public final class ModelTokenizers {

    /** Model name prefixes and their encodings, most specific first; a prefix matches whole name parts. */
    private static final List<Prefix> OPENAI = List.of(
            new Prefix("gpt-5", EncodingType.O200K_BASE),
            new Prefix("gpt-4.1", EncodingType.O200K_BASE),
            new Prefix("gpt-4.5", EncodingType.O200K_BASE),
            new Prefix("gpt-4o", EncodingType.O200K_BASE),
            new Prefix("chatgpt-4o", EncodingType.O200K_BASE),
            new Prefix("gpt-oss", EncodingType.O200K_BASE),
            new Prefix("codex-mini", EncodingType.O200K_BASE),
            new Prefix("o1", EncodingType.O200K_BASE),
            new Prefix("o3", EncodingType.O200K_BASE),
            new Prefix("o4", EncodingType.O200K_BASE),
            new Prefix("gpt-4", EncodingType.CL100K_BASE),
            new Prefix("gpt-3.5", EncodingType.CL100K_BASE),
            new Prefix("gpt-35", EncodingType.CL100K_BASE),
            new Prefix("text-embedding-3", EncodingType.CL100K_BASE),
            new Prefix("text-embedding-ada-002", EncodingType.CL100K_BASE),
            new Prefix("text-davinci-002", EncodingType.P50K_BASE),
            new Prefix("text-davinci-003", EncodingType.P50K_BASE),
            new Prefix("code-davinci", EncodingType.P50K_BASE),
            new Prefix("davinci", EncodingType.R50K_BASE),
            new Prefix("curie", EncodingType.R50K_BASE),
            new Prefix("babbage", EncodingType.R50K_BASE),
            new Prefix("ada", EncodingType.R50K_BASE));

    /** claude-opus-4-7, claude-sonnet-4-5-20250929, claude-3-5-sonnet-20241022: the generation's major and minor. */
    private static final Pattern CLAUDE_VERSION = Pattern.compile(
            "claude-(?:(?:opus|sonnet|haiku|fable)-)?(\\d{1,2})(?:[-.](\\d{1,2})(?![0-9]))?.*");

    private ModelTokenizers() {
    }

    /** How texts are counted for {@code model}. Never fails: an unknown model is estimated as family "other". */
    public static Tokenization forModel(String model, EstimateFactors factors) {
        String name = baseName(model);
        for (Prefix prefix : OPENAI) {
            if (prefix.matches(name)) {
                return new Tokenization(model, prefix.encoding(), null);
            }
        }
        return new Tokenization(model, EncodingType.O200K_BASE, factors.get(family(name)));
    }

    /** The estimate family of a model without a public tokenizer, or {@code null} for an OpenAI model. */
    public static String family(String model) {
        String name = baseName(model);
        for (Prefix prefix : OPENAI) {
            if (prefix.matches(name)) {
                return null;
            }
        }
        if (name.startsWith("claude")) {
            Matcher version = CLAUDE_VERSION.matcher(name);
            if (version.matches()) {
                int major = Integer.parseInt(version.group(1));
                int minor = version.group(2) == null ? 0 : Integer.parseInt(version.group(2));
                if (major > 4 || (major == 4 && minor >= 7)) {
                    return EstimateFactors.CLAUDE_4_7;
                }
            }
            return EstimateFactors.CLAUDE;
        }
        if (name.startsWith("gemini")) {
            return EstimateFactors.GEMINI;
        }
        return EstimateFactors.OTHER;
    }

    private static String baseName(String model) {
        String lower = model.trim().toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf('/') + 1);
    }

    private record Prefix(String prefix, EncodingType encoding) {

        /** {@code o1} matches o1, o1-mini and o1.5 but not o10; {@code gpt-5} matches gpt-5.1 and gpt-5-mini. */
        boolean matches(String name) {
            if (!name.startsWith(prefix)) {
                return false;
            }
            if (name.length() == prefix.length()) {
                return true;
            }
            char next = name.charAt(prefix.length());
            return next == '-' || next == '.' || next == ':' || next == '@';
        }
    }
}
