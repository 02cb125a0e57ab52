package dev.deploytrack.release;

import java.util.Locale;
import java.util.Optional;

/** How risky a deployment request is: the highest level of the risk rules it meets, {@link #LOW} when none. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RiskLevel> parse(String text) {
        for (RiskLevel level : values()) {
            if (level.id().equalsIgnoreCase(String.valueOf(text).strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
