package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.deploytrack.usage.alert.Alert;
import dev.deploytrack.usage.alert.Anomaly;
import dev.deploytrack.usage.alert.Channel;
import dev.deploytrack.usage.report.BudgetStatus;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReporter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts and anomalies over synthetic months: a spike, a slow rise, a new version that costs twice as much per call.
 * Notifications go to an HTTP server on the loopback address (the JDK's com.sun.net.httpserver).
 */
class UsageAlertsTest {

    private static final String CONFIG = """
            usage:
              attribution:
                - agent: "{metadata.agent}"
                  environment: production
                  when: {cwd: /srv/prod}
            """;

    @TempDir
    Path root;

    private void repository(String monthlyLimit) throws Exception {
        UsageTestSupport.write(root.resolve("deploytrack.yml"), CONFIG);
        UsageTestSupport.write(root.resolve("environments/production/budget-limits.yaml"),
                "monthly_limit_usd: " + monthlyLimit + "\nalert_thresholds: [70, 90, 100]\n");
    }

    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aSpikeIsAnAnomalyAndOnlyTheSpike() throws Exception {
        repository("10000");
        List<UsageRecord> records = new ArrayList<>();
        // Ten dollars a day with a little noise, then $60 on the 21st.
        String[] noise = {"10.00", "10.40", "9.70", "10.10", "9.90", "10.30", "9.60", "10.20", "10.00", "9.80"};
        for (int day = 1; day <= 25; day++) {
            String cost = day == 21 ? "60.00" : noise[day % noise.length];
            records.addAll(SyntheticMonths.day("triage", "/srv/prod", LocalDate.of(2026, 11, day), 10, usd(cost)));
        }
        Instant asOf = Instant.parse("2026-11-25T23:00:00Z");
        try (UsageService service = UsageTestSupport.service(root, asOf)) {
            service.store().append(records);
            UsageReport report = service.report(Period.MONTH, UsageReporter.GroupBy.AGENT, asOf);
            List<Anomaly> anomalies = report.anomalies();
            assertEquals(1, anomalies.size(), anomalies.toString());
            Anomaly spike = anomalies.get(0);
            assertEquals(Anomaly.Kind.DAILY_COST, spike.kind());
            assertEquals(LocalDate.of(2026, 11, 21), spike.day());
            // The 7 days before the 21st cost 9.70 10.10 9.90 10.30 9.60 10.20 10.00: median 10.00, deviations
            // 0.30 0.10 0.10 0.30 0.40 0.20 0.00, MAD 0.20; z = 0.6745 x (60 - 10) / 0.20 = 168.6.
            assertEquals(168.6, spike.score(), 0.05);
            assertEquals(0, usd("10.0000").compareTo(spike.baseline()));
        }
    }

    @Test
    void aSlowRiseIsNoAnomalyButTheForecastFailsTheCheckBeforeTheBudgetIsSpent() throws Exception {
        repository("900");
        List<UsageRecord> records = new ArrayList<>();
        BigDecimal cost = usd("20");
        BigDecimal spent = BigDecimal.ZERO;
        for (int day = 1; day <= 18; day++) {
            records.addAll(SyntheticMonths.day("triage", "/srv/prod", LocalDate.of(2026, 11, day), 5, cost));
            spent = spent.add(cost);
            cost = cost.multiply(usd("1.04")); // 4% more every day
        }
        Instant asOf = Instant.parse("2026-11-18T23:59:00Z");
        try (UsageService service = UsageTestSupport.service(root, asOf)) {
            service.store().append(records);
            UsageService.CheckResult check = service.check(List.of(Period.MONTH), List.of(), false, asOf, line -> { });
            UsageReport report = check.reports().get(0);
            assertTrue(report.anomalies().isEmpty(), "a steady rise never stands out from the days before it");
            BudgetStatus budget = report.budgets().get(0);
            // 20 x (1.04^18 - 1) / 0.04 = $512.91 spent: 57.0% of $900, below every threshold...
            assertEquals(usd("512.91"), spent.setScale(2, java.math.RoundingMode.HALF_UP));
            assertEquals(0, spent.setScale(4, java.math.RoundingMode.HALF_UP).compareTo(
                    budget.actual().setScale(4, java.math.RoundingMode.HALF_UP)));
            assertTrue(budget.reached().isEmpty());
            // ...but the last 7 complete days (11th-17th) cost 20 x 1.04^10 x (1.04^7 - 1) / 0.04 = $233.83, $33.40
            // a day, and 12.0007 days remain (from 23:59 on the 18th): 512.91 + 33.40 x 12.0007 = $913.78, past the
            // $900 limit.
            assertEquals(0, usd("913.78").compareTo(budget.forecast().setScale(2, java.math.RoundingMode.HALF_UP)),
                    budget.forecast().toPlainString());
            assertEquals(BudgetStatus.Level.FAILED, budget.level());
            assertTrue(check.failed());
            assertEquals(List.of("forecast:production:month:2026-11"), check.fired().stream().map(Alert::key).toList());

            // The same check again fires nothing: the alert is stored.
            UsageService.CheckResult again = service.check(List.of(Period.MONTH), List.of(), false, asOf, l -> { });
            assertTrue(again.fired().isEmpty());
            assertEquals(1, again.repeated().size());
        }
    }

    @Test
    void thresholdsFireOncePerPeriodToSlackWebhookAndPagerDutyAndFailedDeliveriesAreRetried() throws Exception {
        repository("100");
        List<UsageRecord> records = new ArrayList<>();
        for (int day = 1; day <= 24; day++) { // $3 a day to the 24th: $72, 72% of $100; then nothing
            records.addAll(SyntheticMonths.day("triage", "/srv/prod", LocalDate.of(2026, 11, day), 4, usd("3")));
        }
        List<String[]> received = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger status = new AtomicInteger(500);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new String[] {exchange.getRequestURI().getPath(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)});
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            UsageTestSupport.write(root.resolve("deploytrack.yml"), CONFIG + """
                      notifications:
                        pagerduty: {url: %s/v2/enqueue}
                    """.formatted(base));
            Map<String, String> environment = Map.of("DEPLOYTRACK_SLACK_WEBHOOK_URL", base + "/services/T0/B0/XYZSECRET",
                    "DEPLOYTRACK_WEBHOOK_URL", base + "/hook", "DEPLOYTRACK_PAGERDUTY_ROUTING_KEY", "R0UTINGKEY0123");
            // On the 28th the last 7 days averaged 3 x $3 / 7 = $1.29: the forecast ($74.8) stays below the limit.
            Instant asOf = Instant.parse("2026-11-28T20:00:00Z");
            try (UsageService service = UsageTestSupport.service(root, asOf, environment)) {
                service.store().append(records);
                List<String> missing = new ArrayList<>();
                List<Channel> channels = service.channels(List.of("slack", "webhook", "pagerduty"), missing);
                assertTrue(missing.isEmpty(), missing.toString());

                // The receiver refuses: the alert is not recorded as fired, so the next run tries again.
                UsageService.CheckResult refused = service.check(List.of(Period.MONTH), channels, false, asOf, l -> { });
                assertTrue(refused.fired().isEmpty());
                assertEquals(1, refused.failures().size(), refused.failures().toString());
                assertFalse(refused.failures().get(0).contains("XYZSECRET"), "a webhook URL is never printed");
                received.clear();

                status.set(200);
                UsageService.CheckResult first = service.check(List.of(Period.MONTH), channels, false, asOf, l -> { });
                assertEquals(List.of("threshold:production:month:2026-11:70"),
                        first.fired().stream().map(Alert::key).toList());
                assertEquals(3, received.size());
                ObjectMapper mapper = new ObjectMapper();
                JsonNode slack = mapper.readTree(received.get(0)[1]);
                assertEquals("/services/T0/B0/XYZSECRET", received.get(0)[0]);
                assertTrue(slack.path("text").asText().contains("production spent $72.00 of its $100.00"),
                        slack.toString());
                JsonNode hook = mapper.readTree(received.get(1)[1]);
                assertEquals("usage.budget-threshold", hook.path("event").asText());
                assertEquals("70", hook.path("details").path("threshold_percent").asText());
                assertEquals("72.00", hook.path("details").path("actual_usd").asText());
                JsonNode pagerDuty = mapper.readTree(received.get(2)[1]);
                assertEquals("/v2/enqueue", received.get(2)[0]);
                assertEquals("R0UTINGKEY0123", pagerDuty.path("routing_key").asText());
                assertEquals("trigger", pagerDuty.path("event_action").asText());
                assertEquals("deploytrack:threshold:production:month:2026-11:70", pagerDuty.path("dedup_key").asText());
                assertEquals("warning", pagerDuty.path("payload").path("severity").asText());

                // Run again: nothing is sent.
                UsageService.CheckResult second = service.check(List.of(Period.MONTH), channels, false, asOf, l -> { });
                assertTrue(second.fired().isEmpty());
                assertEquals(3, received.size());

                // $18 on the 29th reaches 90% ($90): only the new threshold fires.
                service.store().append(SyntheticMonths.day("triage", "/srv/prod", LocalDate.of(2026, 11, 29), 4,
                        usd("18")));
                Instant later = Instant.parse("2026-11-29T20:00:00Z");
                UsageService.CheckResult third = service.check(List.of(Period.MONTH), channels, false, later, l -> { });
                List<String> keys = third.fired().stream().map(Alert::key).toList();
                assertTrue(keys.contains("threshold:production:month:2026-11:90"), keys.toString());
                assertFalse(keys.contains("threshold:production:month:2026-11:70"), keys.toString());

                // A dry run prints the payloads without the routing key or the webhook URL, and sends nothing.
                int before = received.size();
                List<String> printed = new ArrayList<>();
                UsageTestSupport.write(root.resolve("deployments/usage/alerts.jsonl"), "");
                service.check(List.of(Period.MONTH), channels, true, later, printed::add);
                assertEquals(before, received.size());
                String output = String.join("\n", printed);
                assertTrue(output.contains("\"event_action\" : \"trigger\""), output);
                assertFalse(output.contains("R0UTINGKEY0123") || output.contains("XYZSECRET"), output);
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aNewVersionThatCostsTwiceAsMuchPerCallIsFlagged() throws Exception {
        repository("100000");
        UsageTestSupport.write(root.resolve("deployments/registry.json"), """
                {"registry_version": "2.0.0", "last_updated": "2026-11-15T00:00:00Z", "projects": [],
                 "deployment_history": [
                  {"timestamp": "2026-10-20T00:00:00Z", "project": "app", "agent": "triage", "action": "deployed", "version": "1.0.0", "environment": "production"},
                  {"timestamp": "2026-11-15T00:00:00Z", "project": "app", "agent": "triage", "action": "updated", "version": "1.1.0", "environment": "production", "previous_version": "1.0.0"}
                 ],
                 "statistics": {"total_projects": 0, "total_deployments": 2, "agents_deployed": 0, "most_deployed_agent": "triage"}}
                """);
        List<UsageRecord> records = new ArrayList<>();
        for (int day = 1; day <= 25; day++) { // 40 calls a day; $0.05 a call, then $0.10 from the 15th
            records.addAll(SyntheticMonths.day("triage", "/srv/prod", LocalDate.of(2026, 11, day), 40,
                    usd(day < 15 ? "2.00" : "4.00")));
        }
        Instant asOf = Instant.parse("2026-11-25T23:00:00Z");
        try (UsageService service = UsageTestSupport.service(root, asOf)) {
            service.store().append(records);
            UsageReport report = service.report(Period.MONTH, UsageReporter.GroupBy.VERSION, asOf);
            List<Anomaly> versions = report.anomalies().stream()
                    .filter(a -> a.kind() == Anomaly.Kind.VERSION_COST_PER_CALL).toList();
            assertEquals(1, versions.size(), report.anomalies().toString());
            Anomaly anomaly = versions.get(0);
            assertEquals("1.1.0", anomaly.version());
            assertEquals(2.0, anomaly.score(), 1e-9);
            assertEquals(LocalDate.of(2026, 11, 15), anomaly.day());
            assertEquals(List.of("triage@1.1.0", "triage@1.0.0"),
                    report.periods().get(1).rows().stream().map(UsageReport.Row::name).toList());
        }
    }
}
