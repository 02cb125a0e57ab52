package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's usage commands: the workflow from logs to report to gate, with each front-door promise. */
class UsageCommandTest {

    @TempDir
    Path root;

    private static String line(int day, int n, long output) {
        return "{\"type\":\"assistant\",\"sessionId\":\"s" + day + "\",\"cwd\":\"/srv/agents/code-review\","
                + "\"requestId\":\"r" + day + "_" + n + "\",\"timestamp\":\"2026-11-" + String.format("%02d", day)
                + "T10:00:00Z\",\"message\":{\"id\":\"m" + day + "_" + n + "\",\"model\":\"claude-opus-4-8\","
                + "\"usage\":{\"input_tokens\":1000,\"output_tokens\":" + output + "}}}";
    }

    private void repository(String monthlyLimit) throws Exception {
        Files.createDirectories(root.resolve("environments/production"));
        Files.writeString(root.resolve("environments/production/budget-limits.yaml"),
                "monthly_limit_usd: " + monthlyLimit + "\n");
        Files.writeString(root.resolve("deploytrack.yml"), """
                usage:
                  attribution:
                    - agent: code-review
                      environment: production
                      when: {cwd: /srv/agents/code-review}
                """);
        StringBuilder log = new StringBuilder();
        for (int day = 1; day <= 10; day++) {
            for (int n = 0; n < 4; n++) {
                log.append(line(day, n, 40_000)).append('\n');
            }
        }
        Files.createDirectories(root.resolve("logs/projects/app"));
        Files.writeString(root.resolve("logs/projects/app/s.jsonl"), log.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void logsToReportToGate() throws Exception {
        // 40 calls of claude-opus-4-8: 1,000 input x $5 + 40,000 output x $25 per million = $1.005 each, $40.20.
        repository("100");
        CliRun ingest = CliRun.run(root, "usage", "ingest", "logs");
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("ingested 40 new records (0 already stored) from 1 claude-code files"),
                ingest.out());
        CliRun again = CliRun.run(root, "usage", "ingest", "logs");
        assertTrue(again.out().contains("ingested 0 new records (40 already stored)"), again.out());

        CliRun json = CliRun.run(root, "usage", "report", "--format", "json", "--as-of", "2026-11-10T12:00:00Z");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode report = new ObjectMapper().readTree(json.out());
        JsonNode total = report.path("periods").get(1).path("total");
        assertEquals(40, total.path("calls").asLong());
        assertEquals("40.2", total.path("cost_exact_usd").asText());
        assertEquals("code-review", report.path("periods").get(1).path("rows").get(0).path("name").asText());

        // $40.20 by the 10th at $4.02 a day: the forecast reaches $100 (about $122): the gate fails.
        CliRun check = CliRun.run(root, "usage", "check", "--period", "month", "--as-of", "2026-11-10T12:00:00Z");
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("FAILED  production 2026-11: spent $40.20 of $100.00"), check.out());
        assertTrue(check.out().contains("alert: production is forecast to spend"), check.out());
        CliRun rerun = CliRun.run(root, "usage", "check", "--period", "month", "--as-of", "2026-11-10T12:00:00Z");
        assertEquals(1, rerun.exitCode());
        assertFalse(rerun.out().contains("alert: "), "an alert fires once per period: " + rerun.out());

        CliRun html = CliRun.run(root, "usage", "report", "--format", "html", "--output", "target/usage.html",
                "--as-of", "2026-11-10T12:00:00Z");
        assertEquals(0, html.exitCode(), html.err());
        String page = Files.readString(root.resolve("target/usage.html"));
        assertTrue(page.contains("<svg id=\"daily-chart\"") && page.contains("data-agent=\"code-review\""), page);
        assertFalse(page.contains("<script src") || page.contains("http://cdn") || page.contains("https://cdn"));
    }

    @Test
    void helpNamesEveryFormatAndTheThresholds() {
        CliRun help = CliRun.run(root, "usage", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("(claude-code, codex, otlp, litellm-csv, litellm, anthropic-cost-report, "
                + "openai-costs)"), help.out());
        assertTrue(help.out().contains("70% and 90% by default"), help.out());
    }

    @Test
    void progressGoesToStandardErrorOnlyWhenAskedForOrInCi() throws Exception {
        repository("100");
        CliRun quiet = CliRun.run(root, "usage", "ingest", "logs");
        assertFalse(quiet.err().contains("usage ingest:"), quiet.err());
        CliRun asked = CliRun.run(root, "usage", "ingest", "logs", "--progress");
        assertTrue(asked.err().contains("usage ingest: 100.0%"), asked.err());
        assertFalse(asked.out().contains("usage ingest:"), "progress never mixes with the result on standard output");
        CliRun ci = CliRun.run(root, Map.of("CI", "true"), "usage", "ingest", "logs");
        assertTrue(ci.err().contains("usage ingest: 100.0%"), ci.err());
    }

    @Test
    void aWebhookSecretIsNeverPrintedAndBadInputIsAClearError() throws Exception {
        repository("10");
        assertEquals(0, CliRun.run(root, "usage", "ingest", "logs").exitCode());
        CliRun dry = CliRun.run(root, Map.of("DEPLOYTRACK_WEBHOOK_URL", "https://hooks.example.com/T0/SECRETPART99",
                "DEPLOYTRACK_PAGERDUTY_ROUTING_KEY", "ROUTINGKEY4242"), "usage", "check", "--notify",
                "webhook,pagerduty", "--dry-run", "--as-of", "2026-11-10T12:00:00Z");
        assertEquals(1, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("would post to webhook (https://hooks.example.com/...)"), dry.out());
        assertTrue(dry.out().contains("\"event_action\" : \"trigger\""), dry.out());
        assertFalse((dry.out() + dry.err()).contains("SECRETPART99"));
        assertFalse((dry.out() + dry.err()).contains("ROUTINGKEY4242"));

        CliRun missing = CliRun.run(root, "usage", "ingest", "no-such-dir");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no-such-dir does not exist; nothing was ingested"), missing.err());
        CliRun period = CliRun.run(root, "usage", "report", "--period", "year");
        assertEquals(2, period.exitCode());
        assertTrue(period.err().contains("unknown period 'year'; use day, week or month"), period.err());

        // A day file that is not deploytrack's is never overwritten.
        Path day = root.resolve("deployments/usage/2026/11/2026-11-01.jsonl");
        Files.writeString(day, "not a record\n");
        CliRun broken = CliRun.run(root, "usage", "ingest", "logs");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains("usage/2026/11/2026-11-01.jsonl:1 is not a usage record deploytrack wrote"),
                broken.err());
        assertEquals("not a record\n", Files.readString(day));
        // A device or a pipe named on the command line is refused, not read forever.
        CliRun device = CliRun.run(root, "usage", "ingest", "/dev/zero");
        assertEquals(2, device.exitCode(), device.err());
        assertTrue(device.err().contains("/dev/zero is not a regular file or a directory"), device.err());
        // A report over it names the file and line in plain words, without the JSON parser's own location text.
        CliRun report = CliRun.run(root, "usage", "report", "--period", "month", "--as-of", "2026-11-20T00:00:00Z");
        assertEquals(2, report.exitCode(), report.err());
        assertTrue(report.err().contains("2026-11-01.jsonl:1: "), report.err());
        assertFalse(report.err().contains("[Source:"), report.err());
    }
}
