package dev.deploytrack.registry;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Registry timestamps: UTC, ISO 8601, whole seconds ({@code 2026-11-22T10:15:30Z}), as 1.0.0 files have them. */
final class Timestamps {

    private Timestamps() {
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
