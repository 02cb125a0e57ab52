package dev.deploytrack.usage;

import dev.deploytrack.yaml.YamlMappingReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code usage:} section of deploytrack.yml: how records are attributed to agents and environments, the anomaly
 * rules' parameters, and where notifications go. Every key is documented in docs/usage.md.
 *
 * <pre>
 * usage:
 *   attribution:
 *     - agent: code-review
 *       environment: production
 *       project: payments-api            # optional: the registry project whose versions apply
 *       when: {cwd: /srv/agents/code-review, model: "claude-*"}
 *   anomalies: {window-days: 7, threshold: 3.5, min-increase-usd: 1, version-ratio: 1.5, min-calls: 20}
 *   notifications:
 *     slack: {url-variable: DEPLOYTRACK_SLACK_WEBHOOK_URL}
 *     webhook: {url-variable: DEPLOYTRACK_WEBHOOK_URL}
 *     pagerduty: {routing-key-variable: DEPLOYTRACK_PAGERDUTY_ROUTING_KEY}
 * </pre>
 *
 * @param rules         attribution rules, first match wins
 * @param anomalies     the anomaly rules' parameters
 * @param notifications where alerts go; URLs and keys come from environment variables, never from this file
 */
public record UsageSettings(List<AttributionRule> rules, AnomalySettings anomalies, Notifications notifications) {

    public UsageSettings {
        rules = List.copyOf(rules);
    }

    public static UsageSettings defaults() {
        return new UsageSettings(List.of(), AnomalySettings.defaults(), Notifications.defaults());
    }

    /**
     * The parameters of the two anomaly rules (docs/usage.md#anomalies).
     *
     * @param windowDays     days of baseline before the day judged
     * @param threshold      the modified z-score above which a day is anomalous
     * @param minIncreaseUsd an anomalous day costs at least this much more than the baseline's median
     * @param versionRatio   a version costing this many times the previous version's cost per call is anomalous
     * @param minCalls       calls each version needs before their cost per call is compared
     */
    public record AnomalySettings(int windowDays, BigDecimal threshold, BigDecimal minIncreaseUsd,
                                  BigDecimal versionRatio, int minCalls) {

        public static AnomalySettings defaults() {
            return new AnomalySettings(7, new BigDecimal("3.5"), BigDecimal.ONE, new BigDecimal("1.5"), 20);
        }

        static AnomalySettings bind(YamlMappingReader reader) {
            AnomalySettings d = defaults();
            int window = (int) reader.integer("window-days", d.windowDays(), 3, 90);
            BigDecimal threshold = positive(reader, "threshold", d.threshold());
            BigDecimal increase = reader.decimal("min-increase-usd", d.minIncreaseUsd());
            BigDecimal ratio = positive(reader, "version-ratio", d.versionRatio());
            if (ratio.compareTo(BigDecimal.ONE) <= 0) {
                reader.problem("version-ratio", reader.qualified("version-ratio") + " must be more than 1");
                ratio = d.versionRatio();
            }
            int minCalls = (int) reader.integer("min-calls", d.minCalls(), 1, 1_000_000);
            return new AnomalySettings(window, threshold, increase == null || increase.signum() < 0
                    ? d.minIncreaseUsd() : increase, ratio, minCalls);
        }

        private static BigDecimal positive(YamlMappingReader reader, String key, BigDecimal fallback) {
            BigDecimal value = reader.decimal(key, fallback);
            if (value == null || value.signum() <= 0) {
                reader.problem(key, reader.qualified(key) + " must be a number above 0");
                return fallback;
            }
            return value;
        }
    }

    /**
     * Where notifications go: the names of the environment variables holding the secrets (a webhook URL is a
     * credential), and PagerDuty's events endpoint.
     */
    public record Notifications(String slackVariable, String webhookVariable, String pagerDutyVariable,
                                String pagerDutyUrl) {

        public static final String PAGERDUTY_EVENTS = "https://events.pagerduty.com/v2/enqueue";

        public static Notifications defaults() {
            return new Notifications("DEPLOYTRACK_SLACK_WEBHOOK_URL", "DEPLOYTRACK_WEBHOOK_URL",
                    "DEPLOYTRACK_PAGERDUTY_ROUTING_KEY", PAGERDUTY_EVENTS);
        }

        static Notifications bind(YamlMappingReader reader) {
            Notifications d = defaults();
            String slack = reader.mapping("slack").map(m -> m.string("url-variable", d.slackVariable()))
                    .orElse(d.slackVariable());
            String webhook = reader.mapping("webhook").map(m -> m.string("url-variable", d.webhookVariable()))
                    .orElse(d.webhookVariable());
            String[] pagerDuty = {d.pagerDutyVariable(), d.pagerDutyUrl()};
            reader.mapping("pagerduty").ifPresent(m -> {
                pagerDuty[0] = m.string("routing-key-variable", d.pagerDutyVariable());
                pagerDuty[1] = m.string("url", d.pagerDutyUrl());
            });
            return new Notifications(slack, webhook, pagerDuty[0], pagerDuty[1]);
        }
    }

    /** Binds the {@code usage:} mapping; mistakes are reported on the reader with their line. */
    public static UsageSettings bind(YamlMappingReader usage) {
        List<AttributionRule> rules = new ArrayList<>();
        for (YamlMappingReader entry : usage.mappingList("attribution")) {
            AttributionRule.bind(entry).ifPresent(rules::add);
        }
        AnomalySettings anomalies = usage.mapping("anomalies").map(AnomalySettings::bind)
                .orElse(AnomalySettings.defaults());
        Notifications notifications = usage.mapping("notifications").map(Notifications::bind)
                .orElse(Notifications.defaults());
        return new UsageSettings(rules, anomalies, notifications);
    }

    /** The secrets notifications need, from the process environment ({@code null} where unset). */
    public String secret(Map<String, String> environment, String variable) {
        String value = variable == null ? null : environment.get(variable);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
