package dev.deploytrack.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of cost-check: the projection of every environment checked, where the prices came from, and notices
 * (stale prices, estimated token counts, environments without limits).
 *
 * @param projections  one per environment, by name
 * @param prices       the price files used, with their as-of dates and sources
 * @param daysPerMonth the month length of monthly figures
 * @param warnings     things that may make the figures wrong (stale prices); they warn, never fail the check
 * @param notices      things the reader should know (estimated counts, environments without limits)
 * @param today        the date of the check
 */
public record CostReport(List<Projection> projections, List<PriceTable.Origin> prices, BigDecimal daysPerMonth,
                         List<String> warnings, List<String> notices, LocalDate today) {

    public CostReport {
        projections = List.copyOf(projections);
        prices = List.copyOf(prices);
        warnings = List.copyOf(warnings);
        notices = List.copyOf(notices);
    }

    /** The worst level of any environment. */
    public Projection.Level level() {
        return projections.stream().map(Projection::level).max(Enum::compareTo).orElse(Projection.Level.OK);
    }

    public boolean failed() {
        return level() == Projection.Level.FAILED;
    }

    /** {@code 1 environment failed, 1 warned, 2 passed}. */
    public String summary() {
        long failed = count(Projection.Level.FAILED);
        long warned = count(Projection.Level.WARNING);
        long passed = count(Projection.Level.OK);
        if (projections.isEmpty()) {
            return "no environments to check";
        }
        return failed + (failed == 1 ? " environment" : " environments") + " failed, " + warned + " warned, "
                + passed + " passed";
    }

    private long count(Projection.Level level) {
        return projections.stream().filter(p -> p.level() == level).count();
    }
}
