package dev.deploytrack.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A model's list prices in USD per million tokens.
 *
 * @param model       the model name, as price files and model overrides write it
 * @param input       price of a million input tokens
 * @param output      price of a million output tokens
 * @param cachedInput price of a million input tokens read from the prompt cache (equal to {@code input} when the
 *                    model has no caching discount)
 * @param cacheWrite5m price of a million input tokens written to the prompt cache for 5 minutes (Anthropic's
 *                    default cache; equal to {@code input} when the table does not say)
 * @param cacheWrite1h price of a million input tokens written to the prompt cache for an hour (equal to
 *                    {@code cacheWrite5m} when the table does not say)
 * @param source      where the price comes from, e.g. {@code L} or a user price file
 */
public record ModelPrice(String model, BigDecimal input, BigDecimal output, BigDecimal cachedInput,
                         BigDecimal cacheWrite5m, BigDecimal cacheWrite1h, String source) {

    private static final int PER_MILLION = 6;

    public ModelPrice {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(cachedInput, "cachedInput");
        Objects.requireNonNull(cacheWrite5m, "cacheWrite5m");
        Objects.requireNonNull(cacheWrite1h, "cacheWrite1h");
    }

    /** A price without cache-write prices: cache writes cost what input costs. */
    public ModelPrice(String model, BigDecimal input, BigDecimal output, BigDecimal cachedInput, String source) {
        this(model, input, output, cachedInput, input, input, source);
    }

    /** The exact price of {@code tokens} tokens at {@code perMillion} USD per million. */
    public static BigDecimal cost(BigDecimal tokens, BigDecimal perMillion) {
        return tokens.multiply(perMillion).movePointLeft(PER_MILLION);
    }
}
