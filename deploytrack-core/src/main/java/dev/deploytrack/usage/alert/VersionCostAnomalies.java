package dev.deploytrack.usage.alert;

import dev.deploytrack.usage.UsageSettings;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A newly deployed version that costs much more per call than the version before it, in the same environment:
 * {@code cost per call (new) / cost per call (previous) >= version-ratio} (default 1.5), when each version made at
 * least {@code min-calls} calls (default 20) in the report's range, so one expensive call is not a verdict. Versions
 * are compared in the order the registry deployed them; a rollback makes the version returned to the newest.
 */
public final class VersionCostAnomalies {

    private VersionCostAnomalies() {
    }

    /**
     * One version's calls in one environment.
     *
     * @param firstDay the day it first ran there
     */
    public record VersionCost(String version, LocalDate firstDay, long calls, BigDecimal cost) {

        BigDecimal perCall() {
            return cost.divide(BigDecimal.valueOf(calls), MathContext.DECIMAL64);
        }
    }

    /** @param versions the versions of one agent in one environment, in deployment order */
    public static List<Anomaly> find(String agent, String environment, List<VersionCost> versions,
                                     UsageSettings.AnomalySettings settings) {
        List<Anomaly> found = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            VersionCost before = versions.get(i - 1);
            VersionCost after = versions.get(i);
            if (before.calls() < settings.minCalls() || after.calls() < settings.minCalls()
                    || before.cost().signum() == 0) {
                continue;
            }
            BigDecimal ratio = after.perCall().divide(before.perCall(), MathContext.DECIMAL64);
            if (ratio.compareTo(settings.versionRatio()) >= 0) {
                String text = String.format(Locale.ROOT, "%s %s in %s costs $%.4f per call (%d calls) against "
                                + "$%.4f for %s (%d calls): %.2fx, at or above the %sx limit", agent, after.version(),
                        environment, after.perCall(), after.calls(), before.perCall(), before.version(),
                        before.calls(), ratio, settings.versionRatio().toPlainString());
                found.add(new Anomaly(Anomaly.Kind.VERSION_COST_PER_CALL, agent, environment, after.firstDay(),
                        after.perCall().setScale(6, RoundingMode.HALF_UP),
                        before.perCall().setScale(6, RoundingMode.HALF_UP), ratio.doubleValue(), text,
                        after.version()));
            }
        }
        return found;
    }
}
