package dev.deploytrack.usage.alert;

import dev.deploytrack.cost.Money;
import dev.deploytrack.usage.report.BudgetStatus;
import dev.deploytrack.usage.report.UsageReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts a report calls for: each budget threshold the actual spend reached (70%, 90%, 100%, or the file's
 * {@code alert_thresholds}), a forecast that reaches the limit, and each anomaly. Keys name the environment, the
 * period and the threshold, so each fires once per period per environment.
 */
public final class AlertPlanner {

    private AlertPlanner() {
    }

    public static List<Alert> plan(UsageReport report) {
        List<Alert> alerts = new ArrayList<>();
        String period = report.period().id() + ":" + report.period().label(report.start());
        for (BudgetStatus budget : report.budgets()) {
            for (int threshold : budget.reached()) {
                Map<String, Object> details = details(report, budget);
                details.put("threshold_percent", threshold);
                alerts.add(new Alert("threshold:" + budget.environment() + ":" + period + ":" + threshold,
                        "budget-threshold", threshold >= 100 ? "critical" : threshold >= 90 ? "error" : "warning",
                        budget.environment() + " spent " + Money.usd(budget.actual()) + " of its "
                                + Money.usd(budget.limit()) + " " + report.period().id() + " budget for "
                                + report.period().label(report.start()) + " (" + budget.percent().toPlainString()
                                + "%): the " + threshold + "% threshold is reached", budget.environment(), details));
            }
            if (budget.forecastFails()) {
                alerts.add(new Alert("forecast:" + budget.environment() + ":" + period, "budget-forecast", "error",
                        budget.environment() + " is forecast to spend " + Money.usd(budget.forecast()) + " by the end of "
                                + report.period().label(report.start()) + ", " + budget.forecastPercent().toPlainString()
                                + "% of its " + Money.usd(budget.limit()) + " budget (" + Money.usd(budget.dailyRate())
                                + "/day)", budget.environment(), details(report, budget)));
            }
        }
        for (Anomaly anomaly : report.anomalies()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("agent", anomaly.agent());
            details.put("day", anomaly.day().toString());
            details.put("value_usd", anomaly.value().toPlainString());
            details.put("baseline_usd", anomaly.baseline().toPlainString());
            if (anomaly.version() != null) {
                details.put("version", anomaly.version());
            }
            alerts.add(new Alert(anomaly.key(), anomaly.kind() == Anomaly.Kind.DAILY_COST ? "anomaly-daily-cost"
                    : "anomaly-version-cost", "warning", anomaly.detail(), anomaly.environment(), details));
        }
        return alerts;
    }

    private static Map<String, Object> details(UsageReport report, BudgetStatus budget) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("environment", budget.environment());
        details.put("period", report.period().id());
        details.put("period_label", report.period().label(report.start()));
        details.put("actual_usd", Money.cents(budget.actual()).toPlainString());
        details.put("limit_usd", Money.cents(budget.limit()).toPlainString());
        details.put("percent", budget.percent().toPlainString());
        details.put("forecast_usd", Money.cents(budget.forecast()).toPlainString());
        details.put("forecast_percent", budget.forecastPercent().toPlainString());
        details.put("budget_file", budget.file());
        return details;
    }
}
