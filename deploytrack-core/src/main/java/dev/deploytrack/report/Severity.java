package dev.deploytrack.report;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Only errors fail a build by default. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in every report format: {@code error}, {@code warning}, {@code note}. */
    public String label() {
        return label;
    }

    /** Parses {@code error}, {@code warning} or {@code note} (any case); empty for anything else. */
    public static Optional<Severity> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity.label.equals(wanted)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
