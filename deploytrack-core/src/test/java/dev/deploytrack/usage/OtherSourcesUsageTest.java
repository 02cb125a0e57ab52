package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.cost.Money;
import dev.deploytrack.usage.ingest.IngestProgress;
import dev.deploytrack.usage.ingest.UsageIngest;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReporter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codex sessions, OTLP JSON, LiteLLM spend logs and providers' cost exports, built here, with exact figures. */
class OtherSourcesUsageTest {

    private static final Instant AS_OF = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path root;

    private UsageReport.Row ingestAndTotal(Path input, int expectedCalls) throws Exception {
        UsageTestSupport.write(root.resolve("deploytrack.yml"), "strict: false\n");
        try (UsageService service = UsageTestSupport.service(root, AS_OF)) {
            UsageIngest.Result result = service.ingest(List.of(input), null, IngestProgress.NONE);
            assertTrue(result.ignored().isEmpty(), result.ignored().toString());
            UsageReport report = service.report(Period.MONTH, UsageReporter.GroupBy.MODEL, AS_OF);
            UsageReport.Row total = report.periods().get(1).total();
            assertEquals(expectedCalls, total.calls());
            return total;
        }
    }

    static String codexCount(String time, long input, long cached, long output, long reasoning) {
        String usage = "{\"input_tokens\":" + input + ",\"cached_input_tokens\":" + cached + ",\"output_tokens\":"
                + output + ",\"reasoning_output_tokens\":" + reasoning + ",\"total_tokens\":" + (input + output) + "}";
        return "{\"timestamp\":\"" + time + "\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\","
                + "\"info\":{\"total_token_usage\":" + usage + ",\"last_token_usage\":" + usage
                + ",\"model_context_window\":272000},\"rate_limits\":{\"primary\":{\"used_percent\":7.0}}}}";
    }

    @Test
    void codexCumulativeCountersAreDifferencedAndSurviveARestart() throws Exception {
        String id = "0199a213-81c0-7800-8aa1-bbab2a035a53";
        List<String> lines = List.of(
                "{\"timestamp\":\"2026-11-03T10:00:00.000Z\",\"type\":\"session_meta\",\"payload\":{\"id\":\"" + id
                        + "\",\"timestamp\":\"2026-11-03T10:00:00.000Z\",\"cwd\":\"/srv/agents/triage\","
                        + "\"originator\":\"codex_cli_rs\",\"cli_version\":\"0.46.0\"}}",
                "{\"timestamp\":\"2026-11-03T10:00:01.000Z\",\"type\":\"turn_context\",\"payload\":{\"cwd\":"
                        + "\"/srv/agents/triage\",\"model\":\"gpt-5\",\"approval_policy\":\"never\"}}",
                codexCount("2026-11-03T10:01:00.000Z", 1_000_000, 200_000, 300_000, 100_000),
                // Codex repeats the event when only the rate limits changed: nothing new.
                codexCount("2026-11-03T10:01:05.000Z", 1_000_000, 200_000, 300_000, 100_000),
                "{\"timestamp\":\"2026-11-03T10:01:06.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":"
                        + "\"token_count\",\"info\":null,\"rate_limits\":{}}}",
                codexCount("2026-11-03T10:02:00.000Z", 2_500_000, 1_200_000, 700_000, 250_000),
                // The counters restart (a new conversation in the same file): counted from zero.
                codexCount("2026-11-03T11:00:00.000Z", 800_000, 0, 100_000, 0),
                codexCount("2026-11-03T11:05:00.000Z", 1_800_000, 500_000, 400_000, 50_000),
                "{\"timestamp\":\"2026-11-03T11:05:01.000Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"agent_mes");
        Path sessions = root.resolve(".codex/sessions/2026/11/03");
        UsageTestSupport.writeLines(sessions.resolve("rollout-2026-11-03T10-00-00-" + id + ".jsonl"), lines);
        // A resumed session's copy of the same events, in another file, adds nothing.
        UsageTestSupport.writeLines(root.resolve(".codex/sessions/2026/11/04/rollout-2026-11-04T08-00-00-" + id
                + ".jsonl"), lines);

        UsageReport.Row total = ingestAndTotal(root.resolve(".codex"), 4);
        // Differences of (input, cached, output, reasoning):
        //   (1.0M, 0.2M, 0.3M, 0.1M) + (1.5M, 1.0M, 0.4M, 0.15M) + restart (0.8M, 0, 0.1M, 0) + (1.0M, 0.5M, 0.3M, 0.05M)
        //   input 4.3M of which cached 1.7M: uncached 2.6M; output 1.1M of which reasoning 0.3M (not added again).
        assertEquals(new Tokens(2_600_000, 1_700_000, 0, 0, 1_100_000, 300_000), total.tokens());
        // gpt-5: 1.25 input, 0.125 cached, 10 output per million:
        //   2.6 x 1.25 + 1.7 x 0.125 + 1.1 x 10 = 3.25 + 0.2125 + 11 = $14.4625, $14.46 to the cent.
        assertEquals(0, new BigDecimal("14.4625").compareTo(total.cost()), total.cost().toPlainString());
        assertEquals(new BigDecimal("14.46"), Money.cents(total.cost()));
    }

    static String span(String trace, String span, String model, String provider, long input, long cacheRead,
                       long cacheWrite, long output) {
        return "{\"traceId\":\"" + trace + "\",\"spanId\":\"" + span + "\",\"name\":\"chat " + model + "\","
                + "\"kind\":3,\"startTimeUnixNano\":\"1794052800000000000\",\"endTimeUnixNano\":\"1794052801000000000\","
                + "\"attributes\":["
                + "{\"key\":\"gen_ai.operation.name\",\"value\":{\"stringValue\":\"chat\"}},"
                + "{\"key\":\"gen_ai.provider.name\",\"value\":{\"stringValue\":\"" + provider + "\"}},"
                + "{\"key\":\"gen_ai.request.model\",\"value\":{\"stringValue\":\"" + model + "\"}},"
                + "{\"key\":\"gen_ai.agent.name\",\"value\":{\"stringValue\":\"support-bot\"}},"
                + "{\"key\":\"gen_ai.input.messages\",\"value\":{\"stringValue\":\"[{\\\"role\\\":\\\"user\\\"}]\"}},"
                + "{\"key\":\"gen_ai.usage.input_tokens\",\"value\":{\"intValue\":\"" + input + "\"}},"
                + "{\"key\":\"gen_ai.usage.cache_read.input_tokens\",\"value\":{\"intValue\":" + cacheRead + "}},"
                + "{\"key\":\"gen_ai.usage.cache_creation.input_tokens\",\"value\":{\"intValue\":\"" + cacheWrite
                + "\"}},{\"key\":\"gen_ai.usage.output_tokens\",\"value\":{\"intValue\":\"" + output + "\"}}]}";
    }

    @Test
    void otlpSpansAndMetricsNeverCountCachedInputTwice() throws Exception {
        String resource = "{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":"
                + "\"support-bot\"}},{\"key\":\"deployment.environment.name\",\"value\":{\"stringValue\":\"staging\"}}]}";
        String spans = "{\"resourceSpans\":[" + resource + ",\"scopeSpans\":[{\"scope\":{\"name\":\"genai\"},"
                + "\"spans\":[" + span("aa01", "b001", "claude-sonnet-4-5", "anthropic", 1_000_000, 800_000, 100_000,
                50_000) + "," + span("aa01", "b002", "gpt-4o-2024-08-06", "openai", 200_000, 150_000, 0, 30_000)
                + "]}]}]}";
        UsageTestSupport.write(root.resolve("otel/traces-1.json"), spans);
        // The collector exported the first span again in its next file: counted once.
        UsageTestSupport.write(root.resolve("otel/traces-2.jsonl"), "{\"resourceSpans\":[" + resource
                + ",\"scopeSpans\":[{\"spans\":[" + span("aa01", "b001", "claude-sonnet-4-5", "anthropic", 1_000_000,
                800_000, 100_000, 50_000) + "]}]}]}\n");
        String point = "{\"startTimeUnixNano\":\"1794052800000000000\",\"timeUnixNano\":\"1794056400000000000\","
                + "\"count\":\"40\",\"sum\":%d,\"attributes\":[{\"key\":\"gen_ai.token.type\",\"value\":{\"stringValue\":"
                + "\"%s\"}},{\"key\":\"gen_ai.request.model\",\"value\":{\"stringValue\":\"gpt-4o-mini\"}}]}";
        UsageTestSupport.write(root.resolve("otel/metrics.json"), "{\"resourceMetrics\":[" + resource
                + ",\"scopeMetrics\":[{\"metrics\":[{\"name\":\"gen_ai.client.token.usage\",\"unit\":\"{token}\","
                + "\"histogram\":{\"aggregationTemporality\":1,\"dataPoints\":[" + String.format(point, 500_000,
                "input") + "," + String.format(point, 100_000, "output") + "]}}]}]}]}");

        UsageReport.Row total = ingestAndTotal(root.resolve("otel"), 2 + 40);
        // Span 1: input 1,000,000 includes 800,000 read and 100,000 written: 100,000 uncached. Span 2: 200,000
        // includes 150,000 read: 50,000 uncached. Metrics: 500,000 input, 100,000 output (no cache breakdown).
        assertEquals(new Tokens(650_000, 950_000, 100_000, 0, 180_000, 0), total.tokens());
        // claude-sonnet-4-5: 0.1x3 + 0.8x0.30 + 0.1x3.75 + 0.05x15 = 0.3 + 0.24 + 0.375 + 0.75 = 1.665
        // gpt-4o (2.50 / cached 1.25 / 10): 0.05x2.5 + 0.15x1.25 + 0.03x10 = 0.125 + 0.1875 + 0.3 = 0.6125
        // gpt-4o-mini (0.15 / 0.60): 0.5x0.15 + 0.1x0.6 = 0.075 + 0.06 = 0.135
        // total $2.4125, $2.41 to the cent
        assertEquals(0, new BigDecimal("2.4125").compareTo(total.cost()), total.cost().toPlainString());
        assertEquals(new BigDecimal("2.41"), Money.cents(total.cost()));
        String stored = Files.readString(root.resolve("deployments/usage/2026/11/2026-11-07.jsonl"));
        assertTrue(stored.contains("\"gen_ai.agent.name\":\"support-bot\""), "attributes kept for attribution");
        assertFalse(stored.contains("gen_ai.input.messages"), "message content is never kept");
    }

    @Test
    void liteLlmCsvSpendWinsAndQuotedMetadataIsRead() throws Exception {
        String header = "request_id,call_type,api_key,spend,total_tokens,prompt_tokens,completion_tokens,startTime,"
                + "endTime,model,user,metadata,cache_hit,request_tags,team_id,end_user";
        String metadata = "\"{\"\"user_api_key\"\": \"\"88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1\"\", "
                + "\"\"user_api_key_alias\"\": \"\"ci-bot\"\", \"\"agent\"\": \"\"release-notes\"\", "
                + "\"\"usage_object\"\": {\"\"prompt_tokens_details\"\": {\"\"cached_tokens\"\": 400}}}\"";
        List<String> rows = List.of(header,
                "req-1,acompletion,hashed,0.123456,1300,1000,300,2026-11-05 10:00:00.123,2026-11-05 10:00:02,"
                        + "gpt-4o,alice," + metadata + ",False,\"[\"\"prod\"\", \"\"release\"\"]\",team-a,",
                "req-2,acompletion,hashed,1.5,60000,50000,10000,2026-11-06 11:00:00,2026-11-06 11:00:09,"
                        + "anthropic/claude-sonnet-4-5,bob,{},False,[],team-a,",
                "req-3,acompletion,hashed,0.25,3000,2000,1000,2026-11-07T12:00:00Z,2026-11-07T12:00:01Z,"
                        + "some-unknown-model,carol,{},False,[],team-b,");
        UsageTestSupport.writeLines(root.resolve("litellm/spend-november.csv"), rows);
        UsageTestSupport.writeLines(root.resolve("litellm/spend-november-again.csv"), List.of(header, rows.get(1)));

        UsageReport.Row total = ingestAndTotal(root.resolve("litellm"), 3);
        // spend wins: 0.123456 + 1.5 + 0.25 = $1.873456 (the unknown model costs what LiteLLM said)
        assertEquals(0, new BigDecimal("1.873456").compareTo(total.cost()), total.cost().toPlainString());
        assertEquals(new BigDecimal("1.87"), Money.cents(total.cost()));
        // prompt tokens include cached ones: 1,000 with 400 cached -> 600 uncached.
        assertEquals(new Tokens(600 + 50_000 + 2_000, 400, 0, 0, 11_300, 0), total.tokens());
        String stored = Files.readString(root.resolve("deployments/usage/2026/11/2026-11-05.jsonl"));
        assertTrue(stored.contains("\"tags\":[\"prod\",\"release\"]"), stored);
        assertTrue(stored.contains("\"agent\":\"release-notes\"") && stored.contains("ci-bot"), stored);
        assertFalse(stored.contains("88dc28d0f030"), "a key's hash is never kept");
    }

    @Test
    void providerCostExportsAreReconciledNeverAdded() throws Exception {
        UsageTestSupport.write(root.resolve("exports/anthropic-cost-report.json"), """
                {"data": [{"starting_at": "2026-11-05T00:00:00Z", "ending_at": "2026-11-06T00:00:00Z", "results": [
                  {"currency": "USD", "amount": "150.5", "workspace_id": null, "description": "Claude Sonnet 4.5 Usage - Input Tokens",
                   "cost_type": "tokens", "context_window": "0-200k", "model": "claude-sonnet-4-5-20250929",
                   "service_tier": "standard", "token_type": "uncached_input_tokens"},
                  {"currency": "USD", "amount": "100", "workspace_id": null, "description": "Claude Sonnet 4.5 Usage - Output Tokens",
                   "cost_type": "tokens", "context_window": "0-200k", "model": "claude-sonnet-4-5-20250929",
                   "service_tier": "standard", "token_type": "output_tokens"}]}],
                 "has_more": false, "next_page": null}
                """);
        UsageTestSupport.write(root.resolve("exports/openai-costs.json"), """
                {"object": "page", "data": [{"object": "bucket", "start_time": 1793923200, "end_time": 1794009600,
                  "results": [{"object": "organization.costs.result", "amount": {"value": 0.5, "currency": "usd"},
                  "line_item": "gpt-4o, input", "project_id": "proj_abc"}]}], "has_more": false, "next_page": null}
                """);
        UsageTestSupport.writeLines(root.resolve("exports/litellm.jsonl"), List.of(
                "{\"request_id\":\"r1\",\"spend\":2.45,\"prompt_tokens\":10,\"completion_tokens\":5,"
                        + "\"startTime\":\"2026-11-05T10:00:00Z\",\"model\":\"claude-sonnet-4-5\"}",
                "{\"request_id\":\"r2\",\"spend\":0.40,\"prompt_tokens\":10,\"completion_tokens\":5,"
                        + "\"startTime\":\"2026-11-05T10:00:00Z\",\"model\":\"gpt-4o\"}"));
        UsageTestSupport.write(root.resolve("deploytrack.yml"), "strict: false\n");
        try (UsageService service = UsageTestSupport.service(root, AS_OF)) {
            service.ingest(List.of(root.resolve("exports")), null, IngestProgress.NONE);
            UsageReport report = service.report(Period.MONTH, UsageReporter.GroupBy.MODEL, AS_OF);
            // Only the two calls count: 2.45 + 0.40 = $2.85.
            assertEquals(0, new BigDecimal("2.85").compareTo(report.periods().get(1).total().cost()));
            Map<String, UsageReport.Reconciliation> byProvider = report.reconciliation().stream()
                    .collect(Collectors.toMap(UsageReport.Reconciliation::provider, r -> r));
            // Anthropic reports cents: 150.5 + 100 = 250.5 cents = $2.505; the records hold $2.45.
            assertEquals(0, new BigDecimal("2.505").compareTo(byProvider.get("anthropic").reported()));
            assertEquals(0, new BigDecimal("-0.055").compareTo(byProvider.get("anthropic").difference()));
            assertEquals(0, new BigDecimal("0.5").compareTo(byProvider.get("openai").reported()));
            assertEquals(0, new BigDecimal("-0.10").compareTo(byProvider.get("openai").difference()));
        }
    }
}
