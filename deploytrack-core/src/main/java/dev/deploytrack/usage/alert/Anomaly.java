package dev.deploytrack.usage.alert;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something that cost far more than usual.
 *
 * @param kind        {@link Kind#DAILY_COST} or {@link Kind#VERSION_COST_PER_CALL}
 * @param agent       the agent
 * @param environment the environment (for a version anomaly), or {@code null}
 * @param day         the day judged (for a daily anomaly: that day; for a version: the day it first ran)
 * @param value       the day's cost, or the new version's cost per call
 * @param baseline    the baseline's median, or the previous version's cost per call
 * @param score       the modified z-score, or the ratio of the costs per call
 * @param detail      the method, its parameters and the figures, in words
 * @param version     the new version (version anomalies), else {@code null}
 */
public record Anomaly(Kind kind, String agent, String environment, LocalDate day, BigDecimal value,
                      BigDecimal baseline, double score, String detail, String version) {

    public enum Kind { DAILY_COST, VERSION_COST_PER_CALL }

    /** The alert key: one alert per anomaly, ever. */
    public String key() {
        return kind == Kind.DAILY_COST ? "anomaly:daily-cost:" + agent + ":" + day
                : "anomaly:version-cost:" + agent + ":" + environment + ":" + version;
    }
}
