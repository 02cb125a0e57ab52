package dev.deploytrack.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How {@code status} and {@code impact} print: aligned text for a terminal, JSON for scripts, Markdown for pages. */
public enum QueryFormat {
    TEXT, JSON, MARKDOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QueryFormat> parse(String text) {
        return Arrays.stream(values()).filter(format -> format.id().equalsIgnoreCase(String.valueOf(text).trim()))
                .findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(QueryFormat::id).collect(Collectors.joining(", "));
    }
}
