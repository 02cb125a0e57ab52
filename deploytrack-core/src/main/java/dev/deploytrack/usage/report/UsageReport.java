package dev.deploytrack.usage.report;

import dev.deploytrack.cost.PriceTable;
import dev.deploytrack.usage.Period;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.alert.Anomaly;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code usage report} shows and {@code usage check} gates on: tokens and cost per period and group, each
 * environment's spend against its budget with a forecast to the end of the period, the daily cost per agent, the
 * anomalies, the reconciliation with the providers' own totals, and where each cost came from.
 *
 * @param period    the period kind
 * @param asOf      the time the report is as of (records after it are not read)
 * @param start     the first day of the current period
 * @param end       the first day after the current period
 * @param groupBy   what rows group by: agent, environment, model or version
 * @param periods   the previous period and the current one
 * @param daily     cost per day per agent from the first baseline day to the report's day
 * @param environmentDaily cost per day per environment in the current period (the {@code agent} field names the
 *                  environment)
 * @param budgets   environments with limits, for the current period
 * @param anomalies anomalies found in the current period
 * @param reconciliation the providers' totals against the records, per provider, for the current period
 * @param sources   where the current period's cost came from
 * @param prices    the price table's origins (as-of dates, sources)
 * @param notes     what a reader must know (unknown models, environments without limits...)
 */
public record UsageReport(Period period, Instant asOf, LocalDate start, LocalDate end, String groupBy,
                          List<PeriodTotals> periods, List<DailyCost> daily, List<DailyCost> environmentDaily,
                          List<BudgetStatus> budgets,
                          List<Anomaly> anomalies, List<Reconciliation> reconciliation, CostSources sources,
                          List<PriceTable.Origin> prices, List<String> notes) {

    /** One group's usage in one period. */
    public record Row(String name, Tokens tokens, long calls, BigDecimal cost) {
    }

    /** A period's rows (largest cost first) and total. */
    public record PeriodTotals(String label, LocalDate start, LocalDate end, List<Row> rows, Row total) {
    }

    /** One agent's cost on one day. */
    public record DailyCost(LocalDate day, String agent, BigDecimal cost) {
    }

    /**
     * How the current period's cost was obtained: the sources' own figures ({@code costUSD}, LiteLLM's
     * {@code spend}), prices from the table, or not at all (tokens of models without a price).
     */
    public record CostSources(BigDecimal fromRecords, long recordsWithCost, BigDecimal fromPriceTable,
                              long recordsPriced, Map<String, Long> unpricedTokensByModel) {
    }

    /** A provider's own total against what the records add up to. */
    public record Reconciliation(String provider, BigDecimal reported, BigDecimal records, BigDecimal difference) {
    }

    /** Whether any budget failed (actual or forecast at 100% of a limit). */
    public boolean failed() {
        return budgets.stream().anyMatch(budget -> budget.level() == BudgetStatus.Level.FAILED);
    }

    public boolean warned() {
        return budgets.stream().anyMatch(budget -> budget.level() == BudgetStatus.Level.WARNING);
    }
}
