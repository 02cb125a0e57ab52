package dev.deploytrack.tokens;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a model family without a public tokenizer is estimated: its token count is about {@code factor} times the
 * {@code o200k_base} count, and likely between {@code low} and {@code high} times it. The defaults and their sources
 * are documented in docs/tokens-and-cost.md; deploytrack.yml can replace them.
 *
 * @param family the family id, e.g. {@code claude}
 * @param factor the multiplier applied to the o200k_base count
 * @param low    the lower end of the error band, as a multiplier
 * @param high   the upper end of the error band, as a multiplier
 */
public record EstimateFactor(String family, BigDecimal factor, BigDecimal low, BigDecimal high) {

    public EstimateFactor {
        Objects.requireNonNull(family, "family");
        if (factor.signum() <= 0 || low.compareTo(factor) > 0 || high.compareTo(factor) < 0) {
            throw new IllegalArgumentException("estimate factor for " + family + " needs 0 < low <= factor <= high");
        }
    }

    /** The estimated count of a text whose o200k_base count is {@code encoded}. */
    public int estimate(int encoded) {
        return scale(encoded, factor, RoundingMode.HALF_UP);
    }

    public int lowEstimate(int encoded) {
        return scale(encoded, low, RoundingMode.FLOOR);
    }

    public int highEstimate(int encoded) {
        return scale(encoded, high, RoundingMode.CEILING);
    }

    private static int scale(int encoded, BigDecimal multiplier, RoundingMode rounding) {
        return BigDecimal.valueOf(encoded).multiply(multiplier).setScale(0, rounding).intValueExact();
    }

    /** {@code o200k_base x 1.20 (1.10-1.35)}. */
    public String describe() {
        return "o200k_base x " + factor.toPlainString() + " (" + low.toPlainString() + "-" + high.toPlainString() + ")";
    }
}
