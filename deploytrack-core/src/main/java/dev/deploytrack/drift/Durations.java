package dev.deploytrack.drift;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long agents may lag behind, as people write it: {@code 0}, {@code 45m}, {@code 1h}, {@code 1h30m}, {@code 2d},
 * {@code 1w}, or ISO 8601 ({@code PT1H}); and how reports print an age ({@code 2d 3h}, {@code 1h 5m}, {@code 40s}).
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d{1,9})(w|d|h|m|s)");

    private Durations() {
    }

    /** The duration {@code text} says, or empty when it is not one. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (value.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        if (value.startsWith("p")) {
            try {
                Duration duration = Duration.parse(value.toUpperCase(Locale.ROOT));
                return duration.isNegative() ? Optional.empty() : Optional.of(duration);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher matcher = PART.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.lookingAt()) {
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "w" -> Duration.ofDays(7 * amount);
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
            end = matcher.end();
            matcher.region(end, value.length());
        }
        return end == value.length() && end > 0 ? Optional.of(total) : Optional.empty();
    }

    /** {@code 0}, {@code 40s}, {@code 12m}, {@code 1h 5m}, {@code 2d 3h}: the two largest units, rounded down. */
    public static String format(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return hours > 0 ? days + "d " + hours + "h" : days + "d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + "h " + minutes + "m" : hours + "h";
        }
        if (minutes > 0) {
            return minutes + "m";
        }
        return seconds == 0 ? "0" : seconds + "s";
    }
}
