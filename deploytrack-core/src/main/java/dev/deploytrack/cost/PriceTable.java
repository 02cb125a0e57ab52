package dev.deploytrack.cost;

import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import dev.deploytrack.yaml.Suggestions;
import dev.deploytrack.yaml.YamlFile;
import dev.deploytrack.yaml.YamlMappingReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Model prices: deploytrack's bundled snapshot ({@code model-prices.yaml}, with its as-of date and sources), and a
 * user's price file that overrides or adds models. Both have the same format:
 * <pre>
 * as-of: 2026-11-22
 * sources: {L: LiteLLM model_prices_and_context_window.json}
 * models:
 *   claude-sonnet-4-5: {input: 3.00, output: 15.00, cached-input: 0.30, cache-write-5m: 3.75, cache-write-1h: 6.00,
 *                       source: L}
 * </pre>
 * {@code cache-write-5m} and {@code cache-write-1h} (prompt-cache writes, Anthropic's two lifetimes) are optional:
 * without them cache writes cost what input costs.
 * Amounts are exact decimals; a negative or non-numeric amount, a model without input or output price, or an
 * unknown key is an error naming the file and line.
 */
public final class PriceTable {

    /** The bundled table's resource and how reports name it. */
    public static final String BUNDLED_NAME = "deploytrack's bundled price table";
    private static final String BUNDLED_RESOURCE = "model-prices.yaml";

    private final List<Origin> origins;
    private final Map<String, ModelPrice> prices;

    private PriceTable(List<Origin> origins, Map<String, ModelPrice> prices) {
        this.origins = List.copyOf(origins);
        this.prices = Map.copyOf(prices);
    }

    /**
     * Where prices came from: a file, its as-of date (or null) and its sources.
     *
     * @param name    the file as reports name it
     * @param asOf    the date the prices were read, or {@code null} when the file does not say
     * @param sources source ids to descriptions
     */
    public record Origin(String name, LocalDate asOf, Map<String, String> sources) {
    }

    private static final class BundledHolder {
        static final PriceTable BUNDLED = loadBundled();
    }

    public static PriceTable bundled() {
        return BundledHolder.BUNDLED;
    }

    private static PriceTable loadBundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled price table is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException("the bundled price table is invalid: " + e.getMessage(), e);
        }
    }

    /** Parses a price file; every mistake is reported at once with its line. */
    public static PriceTable parse(String yaml, String displayName) throws ConfigException {
        YamlFile.Binding binding = YamlFile.parse(yaml, displayName);
        YamlMappingReader root = binding.root();
        LocalDate asOf = null;
        String asOfText = root.string("as-of", null);
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText.trim());
            } catch (DateTimeParseException e) {
                root.problem("as-of", "as-of must be a date such as 2026-11-22, not '" + asOfText + "'");
            }
        }
        Map<String, String> sources = root.stringMap("sources");
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        Optional<YamlMappingReader> models = root.mapping("models");
        if (models.isEmpty()) {
            root.problem("models", "a price file needs 'models:', a mapping of model names to "
                    + "{input, output, cached-input} prices in USD per million tokens");
        } else {
            for (String model : models.get().keys()) {
                models.get().mapping(model).ifPresent(entry -> price(model, entry, displayName)
                        .ifPresent(price -> prices.put(model, price)));
            }
        }
        binding.finish();
        return new PriceTable(List.of(new Origin(displayName, asOf, sources)), prices);
    }

    private static Optional<ModelPrice> price(String model, YamlMappingReader entry, String displayName) {
        BigDecimal input = entry.decimal("input", null);
        BigDecimal output = entry.decimal("output", null);
        BigDecimal cached = entry.decimal("cached-input", null);
        BigDecimal write5m = entry.decimal("cache-write-5m", null);
        BigDecimal write1h = entry.decimal("cache-write-1h", null);
        String source = entry.string("source", null);
        entry.string("note", null);
        for (String key : List.of("input", "output")) {
            if (!entry.has(key)) {
                entry.problem(key, "model '" + model + "' needs '" + key + "', its price in USD per million tokens");
            }
        }
        if (input == null || output == null) {
            return Optional.empty();
        }
        BigDecimal fiveMinutes = write5m == null ? input : write5m;
        return Optional.of(new ModelPrice(model, input, output, cached == null ? input : cached, fiveMinutes,
                write1h == null ? fiveMinutes : write1h, source == null ? displayName : source));
    }

    /** This table with {@code user}'s models replacing or adding to this one's. */
    public PriceTable overriddenBy(PriceTable user) {
        Map<String, ModelPrice> merged = new LinkedHashMap<>(prices);
        merged.putAll(user.prices);
        List<Origin> all = new ArrayList<>(origins);
        all.addAll(user.origins);
        return new PriceTable(all, merged);
    }

    public Optional<ModelPrice> find(String model) {
        return Optional.ofNullable(prices.get(model));
    }

    public List<Origin> origins() {
        return origins;
    }

    /** Every model with a price, sorted. */
    public List<String> models() {
        return prices.keySet().stream().sorted().toList();
    }

    /** "unknown model 'x'; did you mean 'y'?" for messages. */
    public String unknownModelMessage(String model) {
        String suggestion = Suggestions.closest(model, prices.keySet(), 4);
        return "unknown model '" + model + "': it has no price in " + describeOrigins()
                + (suggestion == null ? "; add it to a price file (cost.prices)" : "; did you mean '" + suggestion
                + "'?");
    }

    private String describeOrigins() {
        return String.join(" or ", origins.stream().map(Origin::name).toList());
    }

    /** Problems for a price file that could not be read at all. */
    static ConfigException unreadable(String displayName, IOException e) {
        return new ConfigException(new ConfigProblem(displayName, 1, 1, "cannot read the price file: "
                + e.getMessage()));
    }
}
