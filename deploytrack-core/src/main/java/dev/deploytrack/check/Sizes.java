package dev.deploytrack.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them in configuration ({@code 512KB}, {@code 10MB}) and read them in messages. */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)(?:I?B)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /** Parses {@code 1048576}, {@code 512KB}, {@code 10MB}, {@code 1GB} (binary multiples); empty if malformed. */
    public static Optional<Long> parse(String text) {
        Matcher matcher = SIZE.matcher(text.trim());
        // Beyond 18 digits a number overflows a long; no size is that large.
        if (!matcher.matches() || matcher.group(1).length() > 18) {
            return Optional.empty();
        }
        long value = Long.parseLong(matcher.group(1));
        int shift = switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        return value > (Long.MAX_VALUE >> shift) ? Optional.empty() : Optional.of(value << shift);
    }

    /** {@code 12.3 MB}, {@code 800 KB}, {@code 512 bytes}. */
    public static String describe(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }
}
