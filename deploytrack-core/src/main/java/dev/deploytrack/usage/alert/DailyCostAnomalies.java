package dev.deploytrack.usage.alert;

import dev.deploytrack.usage.UsageSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * A day's cost per agent far above its recent days: a robust modified z-score (Iglewicz and Hoaglin) against the
 * previous {@code window-days} days. With the baseline's median {@code m} and median absolute deviation {@code MAD},
 * {@code z = 0.6745 (x - m) / MAD}; when MAD is 0 (more than half the days alike), the mean absolute deviation
 * stands in ({@code z = (x - m) / (1.2533 MeanAD)}), and when every day was alike any rise counts as infinitely far.
 * A day is anomalous when {@code z > threshold} (default 3.5) and it costs at least {@code min-increase-usd}
 * (default $1) more than {@code m}, so cents on an idle agent never page anyone. Median and MAD are not moved by one
 * earlier spike, and a slow steady rise never stands out from the days just before it (the budget forecast is what
 * catches a rise). A baseline needs at least 3 days since the agent's first cost.
 */
public final class DailyCostAnomalies {

    private static final int MIN_BASELINE_DAYS = 3;

    private DailyCostAnomalies() {
    }

    /**
     * @param costs the cost per day of each agent (days without cost after its first are 0)
     * @param from  the first day judged
     * @param to    the last day judged
     */
    public static List<Anomaly> find(Map<String, SortedMap<LocalDate, BigDecimal>> costs, LocalDate from,
                                     LocalDate to, UsageSettings.AnomalySettings settings) {
        List<Anomaly> found = new ArrayList<>();
        for (Map.Entry<String, SortedMap<LocalDate, BigDecimal>> agent : costs.entrySet()) {
            SortedMap<LocalDate, BigDecimal> series = agent.getValue();
            if (series.isEmpty()) {
                continue;
            }
            LocalDate first = series.firstKey();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                BigDecimal value = series.getOrDefault(day, BigDecimal.ZERO);
                List<Double> baseline = new ArrayList<>();
                for (int back = settings.windowDays(); back >= 1; back--) {
                    LocalDate earlier = day.minusDays(back);
                    if (!earlier.isBefore(first)) {
                        baseline.add(series.getOrDefault(earlier, BigDecimal.ZERO).doubleValue());
                    }
                }
                if (baseline.size() < MIN_BASELINE_DAYS) {
                    continue;
                }
                double x = value.doubleValue();
                double median = median(baseline);
                double[] deviations = baseline.stream().mapToDouble(v -> Math.abs(v - median)).toArray();
                double mad = median(Arrays.stream(deviations).boxed().toList());
                double score;
                String spread;
                if (mad > 0) {
                    score = 0.6745 * (x - median) / mad;
                    spread = "MAD " + usd(mad);
                } else {
                    double meanAd = Arrays.stream(deviations).average().orElse(0);
                    score = meanAd > 0 ? (x - median) / (1.253314 * meanAd)
                            : x > median ? Double.POSITIVE_INFINITY : 0;
                    spread = meanAd > 0 ? "MAD 0, MeanAD " + usd(meanAd) : "no spread";
                }
                BigDecimal increase = value.subtract(BigDecimal.valueOf(median));
                if (score > settings.threshold().doubleValue() && increase.compareTo(settings.minIncreaseUsd()) >= 0) {
                    String scoreText = Double.isInfinite(score) ? "inf" : String.format(Locale.ROOT, "%.1f", score);
                    found.add(new Anomaly(Anomaly.Kind.DAILY_COST, agent.getKey(), null, day,
                            value, BigDecimal.valueOf(median).setScale(4, RoundingMode.HALF_UP), score,
                            agent.getKey() + " cost " + usd(x) + " on " + day + " against a median of " + usd(median)
                                    + " over the " + baseline.size() + " days before (" + spread
                                    + "): modified z-score " + scoreText + " > " + settings.threshold().toPlainString(),
                            null));
                }
            }
        }
        return found;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String usd(double value) {
        return String.format(Locale.ROOT, "$%,.2f", value);
    }
}
