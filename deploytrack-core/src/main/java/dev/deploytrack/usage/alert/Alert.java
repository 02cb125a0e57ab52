package dev.deploytrack.usage.alert;

import java.util.Map;

/**
 * Something a person should hear about once: a budget threshold reached in a period, a forecast that reaches the
 * limit, an anomaly. Its key says what and when ({@code threshold:production:month:2026-11:90}), so the store can
 * tell that it fired before.
 *
 * @param key         the identity: one firing per key, ever
 * @param severity    {@code info}, {@code warning}, {@code error} or {@code critical} (PagerDuty's words)
 * @param summary     one line for a person
 * @param environment the environment, when it is about one
 * @param details     the figures, for the JSON payloads
 */
public record Alert(String key, String kind, String severity, String summary, String environment,
                    Map<String, Object> details) {
}
