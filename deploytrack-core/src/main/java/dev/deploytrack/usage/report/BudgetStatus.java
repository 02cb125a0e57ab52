package dev.deploytrack.usage.report;

import dev.deploytrack.cost.BudgetLimits;
import dev.deploytrack.cost.Money;
import dev.deploytrack.usage.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One environment's spend in the current period against its limit, and the forecast to the period's end.
 *
 * <p><b>The limit.</b> A day uses {@code daily_limit_usd}, a month {@code monthly_limit_usd}, a week seven days of
 * the daily limit. A period without its own key takes it from the other: a month's limit is the daily limit times
 * the month's days; a day's, the monthly limit divided by them; a week's, seven of those days.
 *
 * <p><b>The forecast.</b> Spend so far plus the time left in the period times a daily rate: the mean cost of the
 * last (up to) seven complete days before today, counting days without records as 0 from the environment's first
 * cost on; with no complete day yet, the rate so far in the period.
 *
 * @param environment   the environment
 * @param limit         the period's limit in USD
 * @param limitSource   which key it comes from, and how, in words
 * @param actual        spent so far in the period
 * @param forecast      expected by the period's end
 * @param dailyRate     the rate the forecast uses, USD per day
 * @param reached       the thresholds (percent of the limit) the actual spend reached, ascending
 * @param level         OK, WARNING (a threshold below 100% reached) or FAILED (actual or forecast at 100%)
 */
public record BudgetStatus(String environment, BigDecimal limit, String limitSource, BigDecimal actual,
                           BigDecimal forecast, BigDecimal dailyRate, List<Integer> thresholds, List<Integer> reached,
                           Level level, String file) {

    public enum Level { OK, WARNING, FAILED }

    public BigDecimal percent() {
        return Money.percent(actual, limit);
    }

    public BigDecimal forecastPercent() {
        return Money.percent(forecast, limit);
    }

    /** The forecast alone reaches the limit (the actual spend does not yet). */
    public boolean forecastFails() {
        return forecast.compareTo(limit) >= 0 && actual.compareTo(limit) < 0;
    }

    /** The limit of {@code period} starting on {@code start}, or {@code null} when the file sets none. */
    static Object[] limit(BudgetLimits limits, Period period, LocalDate start) {
        BigDecimal days = BigDecimal.valueOf(start.lengthOfMonth());
        return switch (period) {
            case DAY -> limits.daily() != null ? new Object[] {limits.daily(), "daily_limit_usd"}
                    : limits.monthly() != null ? new Object[] {limits.monthly().divide(days, MathContext.DECIMAL64),
                    "monthly_limit_usd / " + days + " days"} : null;
            case MONTH -> limits.monthly() != null ? new Object[] {limits.monthly(), "monthly_limit_usd"}
                    : limits.daily() != null ? new Object[] {limits.daily().multiply(days),
                    "daily_limit_usd x " + days + " days"} : null;
            case WEEK -> limits.daily() != null ? new Object[] {limits.daily().multiply(BigDecimal.valueOf(7)),
                    "daily_limit_usd x 7"} : limits.monthly() != null ? new Object[] {limits.monthly()
                    .multiply(BigDecimal.valueOf(7)).divide(days, MathContext.DECIMAL64),
                    "monthly_limit_usd x 7 / " + days + " days"} : null;
        };
    }

    /**
     * @param dailyCosts the environment's cost per day, oldest first, ending with today (so far)
     * @param firstDay   the environment's first day with a cost
     */
    static BudgetStatus evaluate(String environment, BudgetLimits limits, Period period, LocalDate start,
                                 LocalDate end, Instant asOf, BigDecimal actual,
                                 java.util.SortedMap<LocalDate, BigDecimal> dailyCosts, LocalDate firstDay) {
        Object[] limit = limit(limits, period, start);
        if (limit == null) {
            return null;
        }
        BigDecimal amount = (BigDecimal) limit[0];
        LocalDate today = Period.day(asOf);
        BigDecimal rate = null;
        if (firstDay != null) {
            BigDecimal sum = BigDecimal.ZERO;
            int days = 0;
            for (LocalDate day = today.minusDays(7); day.isBefore(today); day = day.plusDays(1)) {
                if (!day.isBefore(firstDay)) {
                    sum = sum.add(dailyCosts.getOrDefault(day, BigDecimal.ZERO));
                    days++;
                }
            }
            if (days > 0) {
                rate = sum.divide(BigDecimal.valueOf(days), MathContext.DECIMAL64);
            }
        }
        Instant periodStart = Period.instant(start);
        Instant periodEnd = Period.instant(end);
        BigDecimal elapsedDays = days(Duration.between(periodStart, asOf));
        if (rate == null) {
            rate = elapsedDays.signum() > 0 ? actual.divide(elapsedDays, MathContext.DECIMAL64) : BigDecimal.ZERO;
        }
        BigDecimal remaining = days(Duration.between(asOf, periodEnd).isNegative() ? Duration.ZERO
                : Duration.between(asOf, periodEnd));
        BigDecimal forecast = actual.add(rate.multiply(remaining));
        List<Integer> reached = new ArrayList<>();
        for (int threshold : limits.thresholds()) {
            if (Money.percent(actual, amount).compareTo(BigDecimal.valueOf(threshold)) >= 0) {
                reached.add(threshold);
            }
        }
        Level level = actual.compareTo(amount) >= 0 || forecast.compareTo(amount) >= 0 ? Level.FAILED
                : limits.warningThresholds().stream().anyMatch(reached::contains) ? Level.WARNING : Level.OK;
        return new BudgetStatus(environment, amount, (String) limit[1], actual,
                forecast.setScale(6, RoundingMode.HALF_UP), rate.setScale(6, RoundingMode.HALF_UP),
                limits.thresholds(), reached, level, limits.file());
    }

    private static BigDecimal days(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(86_400_000L), MathContext.DECIMAL64);
    }
}
