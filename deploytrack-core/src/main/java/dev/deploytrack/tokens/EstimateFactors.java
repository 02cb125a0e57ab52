package dev.deploytrack.tokens;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The estimate factor of each model family without a public tokenizer. The defaults come from published
 * measurements against OpenAI's {@code o200k_base}; docs/tokens-and-cost.md gives each source and how weak it is.
 * {@code tokens.estimates} in deploytrack.yml replaces a family's factor with a team's own measurement.
 */
public final class EstimateFactors {

    /** Claude 3 to Claude 4.6 (one tokenizer, not public). */
    public static final String CLAUDE = "claude";
    /** Claude Opus 4.7 and later, which use a newer tokenizer that produces more tokens for English and code. */
    public static final String CLAUDE_4_7 = "claude-4.7";
    public static final String GEMINI = "gemini";
    /** Any other model without a known tokenizer (Llama, Mistral, DeepSeek...). */
    public static final String OTHER = "other";

    private static final Set<String> FAMILIES = Set.of(CLAUDE, CLAUDE_4_7, GEMINI, OTHER);
    /**
     * The defaults, whose factors are made on first use: they are BigDecimals, and the first BigDecimal costs a
     * fresh JVM 6-10 ms (BigInteger's and BigDecimal's static tables, interpreted), which the pre-commit hook, whose
     * default budgets count exactly, should not pay.
     */
    private static final EstimateFactors DEFAULTS = new EstimateFactors(null);

    /** The default factors; the holder class is initialized (once, thread-safely) on first use. */
    private static final class DefaultFactors {
        static final Map<String, EstimateFactor> FACTORS = Map.of(
                CLAUDE, factor(CLAUDE, "1.20", "1.10", "1.35"),
                CLAUDE_4_7, factor(CLAUDE_4_7, "1.65", "1.35", "1.90"),
                GEMINI, factor(GEMINI, "1.05", "0.90", "1.20"),
                OTHER, factor(OTHER, "1.10", "0.90", "1.40"));
    }

    /** The factors; {@code null} in {@link #DEFAULTS} for {@link DefaultFactors#FACTORS}. */
    private final Map<String, EstimateFactor> factors;

    private EstimateFactors(Map<String, EstimateFactor> factors) {
        this.factors = factors == null ? null : Map.copyOf(factors);
    }

    private Map<String, EstimateFactor> factors() {
        return factors != null ? factors : DefaultFactors.FACTORS;
    }

    public static EstimateFactors defaults() {
        return DEFAULTS;
    }

    /** The family ids there are: {@code claude}, {@code claude-4.7}, {@code gemini}, {@code other}. */
    public static Set<String> families() {
        return FAMILIES;
    }

    /** These factors with some families replaced. */
    public EstimateFactors with(Map<String, EstimateFactor> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, EstimateFactor> merged = new LinkedHashMap<>(factors());
        merged.putAll(overrides);
        return new EstimateFactors(merged);
    }

    public EstimateFactor get(String family) {
        return Optional.ofNullable(factors().get(family)).orElseThrow(
                () -> new IllegalArgumentException("unknown model family " + family));
    }

    static EstimateFactor factor(String family, String factor, String low, String high) {
        return new EstimateFactor(family, new BigDecimal(factor), new BigDecimal(low), new BigDecimal(high));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EstimateFactors that && factors().equals(that.factors());
    }

    @Override
    public int hashCode() {
        return factors().hashCode();
    }
}
