package dev.deploytrack.cost;

import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cost projection settings ({@code cost:} in deploytrack.yml). Every key is documented in docs/configuration.md;
 * the formulas in docs/tokens-and-cost.md.
 *
 * @param configFile      how messages name deploytrack.yml
 * @param model           the model of every agent an environment does not override, or {@code null}
 * @param modelLine       the line of {@code cost.model}
 * @param prices          a user price file relative to the repository root, or {@code null}
 * @param pricesLine      the line of {@code cost.prices}
 * @param maxPriceAgeDays a price table older than this many days gives a warning that prices may be stale
 * @param daysPerMonth    the month length of monthly projections, in days; {@code null} for the default
 * @param workload        workload defaults for every environment, or {@code null}
 * @param environments    per-environment workloads
 */
public record CostSettings(String configFile, String model, int modelLine, String prices, int pricesLine,
                           int maxPriceAgeDays, BigDecimal daysPerMonth, Workload workload,
                           Map<String, Workload> environments) {

    /** The average Gregorian month ("30.4375" days, 365.25 / 12), so that twelve months make a year. */
    public static final String DEFAULT_DAYS_PER_MONTH = "30.4375";
    public static final int DEFAULT_MAX_PRICE_AGE_DAYS = 90;

    public CostSettings {
        environments = Map.copyOf(environments);
    }

    public static CostSettings defaults() {
        // No BigDecimal here: the first one costs a fresh JVM 6-10 ms (BigInteger's and BigDecimal's static
        // tables, interpreted), and the pre-commit hook reads these defaults without projecting any cost.
        return new CostSettings("deploytrack.yml", null, 1, null, 1, DEFAULT_MAX_PRICE_AGE_DAYS, null, null, Map.of());
    }

    /** The month length of monthly projections, in days (default {@value #DEFAULT_DAYS_PER_MONTH}). */
    @Override
    public BigDecimal daysPerMonth() {
        return daysPerMonth != null ? daysPerMonth : new BigDecimal(DEFAULT_DAYS_PER_MONTH);
    }

    /** The workload of environment {@code name}: its own keys over the defaults; null when neither exists. */
    public Workload workloadOf(String name) {
        Workload own = environments.get(name);
        return own == null ? workload : own.over(workload);
    }

    /** Reads the {@code cost:} mapping; mistakes are reported on the reader with their line. */
    public static CostSettings bind(YamlMappingReader cost) {
        String model = cost.string("model", null);
        String prices = cost.string("prices", null);
        BigDecimal daysPerMonth = cost.decimal("days-per-month", null);
        if (daysPerMonth != null
                && (daysPerMonth.compareTo(BigDecimal.ONE) < 0 || daysPerMonth.compareTo(new BigDecimal("31")) > 0)) {
            cost.problem("days-per-month", "cost.days-per-month must be between 1 and 31, not "
                    + daysPerMonth.toPlainString());
            daysPerMonth = null;
        }
        int maxAge = (int) cost.integer("max-price-age-days", DEFAULT_MAX_PRICE_AGE_DAYS, 1, 3650);
        Workload workload = cost.mapping("workload")
                .map(mapping -> Workload.bind(mapping, Workload.line(cost, "workload"))).orElse(null);
        Map<String, Workload> environments = new LinkedHashMap<>();
        cost.mapping("environments").ifPresent(mapping -> {
            for (String name : mapping.keys()) {
                mapping.mapping(name).ifPresent(entry -> environments.put(name,
                        Workload.bind(entry, Workload.line(mapping, name))));
            }
        });
        return new CostSettings(cost.fileName(), model, line(cost, "model"), prices, line(cost, "prices"), maxAge,
                daysPerMonth, workload, environments);
    }

    private static int line(YamlMappingReader reader, String key) {
        return reader.node(key).map(node -> YamlNodes.line(node, 1)).orElse(1);
    }
}
