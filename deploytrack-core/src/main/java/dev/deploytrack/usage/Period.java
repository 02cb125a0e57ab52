package dev.deploytrack.usage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The periods budgets and reports are kept by, in UTC: a day, an ISO week (from Monday), a calendar month. */
public enum Period {
    DAY, WEEK, MONTH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Period> parse(String text) {
        for (Period period : values()) {
            if (period.id().equals(text)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day after the period that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    public LocalDate previous(LocalDate start) {
        return switch (this) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
        };
    }

    /** {@code 2026-11-03}, {@code 2026-W45}, {@code 2026-11}: how reports and alert keys name a period. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    start.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    public static Instant instant(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static LocalDate day(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }
}
