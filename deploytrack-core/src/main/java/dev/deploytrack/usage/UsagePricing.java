package dev.deploytrack.usage;

import dev.deploytrack.cost.ModelPrice;
import dev.deploytrack.cost.PriceTable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices usage with the project's dated price table (deploytrack's bundled one, overridden by {@code cost.prices}).
 * Logs name models as their APIs return them, so a model is looked up as written, then without a provider prefix
 * ({@code anthropic/}, {@code openai/}...), then without a date suffix ({@code claude-sonnet-4-5-20250929},
 * {@code gpt-4o-2024-08-06}), then both. A model still unknown is not guessed: its tokens are reported unpriced.
 * Prices are linear, so a sum of tokens is priced at once, exactly: a report prices its sums, not each call.
 */
public final class UsagePricing {

    private static final Pattern DATE_SUFFIX = Pattern.compile("-(\\d{8}|\\d{4}-\\d{2}-\\d{2})$");

    private final PriceTable table;
    private final Map<String, Optional<ModelPrice>> cache = new HashMap<>();

    public UsagePricing(PriceTable table) {
        this.table = table;
    }

    public PriceTable table() {
        return table;
    }

    /** The price of {@code model}, by the lookups above. */
    public Optional<ModelPrice> price(String model) {
        if (model == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(model, this::lookup);
    }

    private Optional<ModelPrice> lookup(String model) {
        String bare = model.contains("/") ? model.substring(model.lastIndexOf('/') + 1) : model;
        for (String candidate : new String[] {model, bare, DATE_SUFFIX.matcher(model).replaceFirst(""),
            DATE_SUFFIX.matcher(bare).replaceFirst("")}) {
            Optional<ModelPrice> price = table.find(candidate);
            if (price.isPresent()) {
                return price;
            }
        }
        return Optional.empty();
    }

    /** The exact cost of {@code tokens} at {@code price}. */
    public static BigDecimal cost(Tokens tokens, ModelPrice price) {
        return ModelPrice.cost(BigDecimal.valueOf(tokens.input()), price.input())
                .add(ModelPrice.cost(BigDecimal.valueOf(tokens.cacheRead()), price.cachedInput()))
                .add(ModelPrice.cost(BigDecimal.valueOf(tokens.cacheWrite5m()), price.cacheWrite5m()))
                .add(ModelPrice.cost(BigDecimal.valueOf(tokens.cacheWrite1h()), price.cacheWrite1h()))
                .add(ModelPrice.cost(BigDecimal.valueOf(tokens.output()), price.output()));
    }
}
