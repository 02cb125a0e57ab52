package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.cost.BudgetLimits;
import dev.deploytrack.cost.PriceTable;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.usage.ingest.IngestProgress;
import dev.deploytrack.usage.ingest.UsageFormat;
import dev.deploytrack.usage.ingest.UsageIngest;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReporter;
import dev.deploytrack.usage.store.FileUsageStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input, unknown files, model names, attribution and budget periods: the cases around the main path. */
class UsageInputsTest {

    @TempDir
    Path root;

    @Test
    void brokenLinesAreSkippedWithTheirPlaceAndTheRestIsRead() throws Exception {
        String good = ClaudeCodeUsageTest.assistant("s", "m1", "r1", "claude-haiku-4-5",
                "{\"input_tokens\":10,\"output_tokens\":20}", "2026-11-02T10:00:00Z", null, false);
        UsageTestSupport.write(root.resolve("logs/projects/p/s.jsonl"), good + "\n{\"type\":\"assistant\",\"usage\":"
                + "\n" + good.replace("m1", "m2").replace("r1", "r2") + "\n"
                + good.replace("m1", "m3").replace("2026-11-02T10:00:00Z", "yesterday") + "\n"
                + "{\"type\":\"assistant\",\"message\":{\"id\":\"m4\",\"usage\":{\"input_tokens\":5");
        UsageTestSupport.write(root.resolve("logs/notes.json"), "{\"hello\": \"world\"}");
        FileUsageStore store = UsageTestSupport.store(root);
        UsageIngest.Result result = new UsageIngest(store, null, IngestProgress.NONE)
                .ingest(List.of(root.resolve("logs")));
        assertEquals(2, result.appended().added());
        List<String> problems = result.problems().describe();
        assertTrue(problems.contains("skipped 2 lines that are not JSON (a log cut off while it was written?): "
                + "logs/projects/p/s.jsonl:2, logs/projects/p/s.jsonl:5"), problems.toString());
        assertTrue(problems.contains("skipped 1 usage lines without a valid timestamp: logs/projects/p/s.jsonl:4"),
                problems.toString());
        assertEquals(List.of("logs/notes.json"), result.ignored());
    }

    @Test
    void aFormatGivenReadsFilesThatAreNotRecognised() throws Exception {
        UsageTestSupport.write(root.resolve("export.txt"), "[{\"request_id\": \"q1\", \"spend\": \"0.5\", "
                + "\"startTime\": \"2026-11-02T10:00:00Z\", \"model\": \"gpt-4o\", \"prompt_tokens\": 3}]");
        FileUsageStore store = UsageTestSupport.store(root);
        UsageIngest.Result result = new UsageIngest(store, UsageFormat.LITELLM_JSON, IngestProgress.NONE)
                .ingest(List.of(root.resolve("export.txt")));
        assertEquals(1, result.appended().added());
    }

    @Test
    void modelsAreFoundWithoutProviderPrefixOrDateAndUnknownOnesAreNotGuessed() {
        UsagePricing pricing = new UsagePricing(PriceTable.bundled());
        assertEquals("claude-sonnet-4-5", pricing.price("anthropic/claude-sonnet-4-5-20250929").orElseThrow().model());
        assertEquals("gpt-4o", pricing.price("gpt-4o-2024-08-06").orElseThrow().model());
        assertEquals("gpt-4o", pricing.price("openai/gpt-4o").orElseThrow().model());
        assertTrue(pricing.price("claude-sonnet-9").isEmpty());
        assertTrue(pricing.price(null).isEmpty());
    }

    @Test
    void unknownModelsAreReportedUnpricedAndUnattributedUsageIsNamed() throws Exception {
        UsageTestSupport.write(root.resolve("deploytrack.yml"), "strict: false\n");
        Instant asOf = Instant.parse("2026-11-20T00:00:00Z");
        try (UsageService service = UsageTestSupport.service(root, asOf)) {
            service.store().append(List.of(new UsageRecord(UsageSources.OPENTELEMETRY, "t:s", Instant.parse(
                    "2026-11-03T00:00:00Z"), "mystery-model-7", null, new Tokens(1000, 0, 0, 0, 10, 0), 1, null,
                    false, null, null, null, List.of(), new TreeMap<>())));
            UsageReport report = service.report(Period.MONTH, UsageReporter.GroupBy.AGENT, asOf);
            assertEquals(1010L, report.sources().unpricedTokensByModel().get("mystery-model-7"));
            assertEquals(0, BigDecimal.ZERO.compareTo(report.periods().get(1).total().cost()));
            assertTrue(report.notes().stream().anyMatch(note -> note.contains("'mystery-model-7' has no price")),
                    report.notes().toString());
            assertTrue(report.notes().stream().anyMatch(note -> note.contains("matches no usage.attribution rule")));
            assertEquals(UsageAttribution.UNATTRIBUTED, report.periods().get(1).rows().get(0).name());
        }
    }

    @Test
    void rulesMatchInOrderAndVersionsFollowTheRegistryHistory() throws Exception {
        UsageTestSupport.write(root.resolve("deploytrack.yml"), """
                usage:
                  attribution:
                    - agent: "{metadata.gen_ai.agent.name}"
                      environment: staging
                      when: {source: opentelemetry, tags: [ci]}
                    - agent: fallback
                      environment: development
                      when: {model: "gpt-*"}
                """);
        UsageTestSupport.write(root.resolve("deployments/registry.json"), """
                {"registry_version": "2.0.0", "last_updated": "2026-11-15T00:00:00Z", "projects": [],
                 "deployment_history": [
                  {"timestamp": "2026-11-05T00:00:00Z", "project": "a", "agent": "support", "action": "deployed", "version": "2.0.0", "environment": "staging"},
                  {"timestamp": "2026-11-10T12:00:00Z", "project": "a", "agent": "support", "action": "updated", "version": "2.1.0", "environment": "staging", "previous_version": "2.0.0"}
                 ],
                 "statistics": {"total_projects": 0, "total_deployments": 2, "agents_deployed": 0, "most_deployed_agent": "support"}}
                """);
        Registry registry = dev.deploytrack.registry.RegistryService.open(root, UsageTestSupport.registry(), null,
                java.time.Clock.systemUTC()).read();
        UsageSettings settings = dev.deploytrack.config.ConfigLoader.load(root, null).get(UsageFeature.SETTINGS);
        UsageAttribution attribution = new UsageAttribution(settings.rules(), registry);
        List<UsageAttribution.Attributed> seen = new ArrayList<>();
        for (String time : List.of("2026-11-04T00:00:00Z", "2026-11-06T00:00:00Z", "2026-11-10T12:00:00Z")) {
            TreeMap<String, String> metadata = new TreeMap<>();
            metadata.put("gen_ai.agent.name", "support");
            seen.add(attribution.attribute(new UsageRecord(UsageSources.OPENTELEMETRY, time, Instant.parse(time),
                    "gpt-4o", "openai", Tokens.ZERO, 1, null, false, null, null, null, List.of("ci"), metadata)));
        }
        assertEquals(List.of(UsageAttribution.NO_VERSION, "2.0.0", "2.1.0"),
                seen.stream().map(UsageAttribution.Attributed::version).toList());
        assertEquals("support", seen.get(0).agent());
        assertEquals("staging", seen.get(0).environment());
        // Without the tag the first rule does not hold; without the metadata field neither would it: the next rule.
        UsageAttribution.Attributed untagged = attribution.attribute(new UsageRecord(UsageSources.OPENTELEMETRY, "k",
                Instant.parse("2026-11-06T00:00:00Z"), "gpt-4o", "openai", Tokens.ZERO, 1, null, false, null, null,
                null, List.of(), new TreeMap<>()));
        assertEquals("fallback", untagged.agent());
        assertEquals("development", untagged.environment());
    }

    @Test
    void periodLimitsAreDerivedFromTheOtherKeyWhenTheirOwnIsMissing() throws Exception {
        UsageTestSupport.write(root.resolve("deploytrack.yml"), "strict: false\n");
        UsageTestSupport.write(root.resolve("environments/daily/budget-limits.yaml"), "daily_limit_usd: 40\n");
        UsageTestSupport.write(root.resolve("environments/monthly/budget-limits.yaml"), "monthly_limit_usd: 900\n");
        Instant asOf = Instant.parse("2026-11-18T12:00:00Z"); // a Wednesday; November has 30 days
        try (UsageService service = UsageTestSupport.service(root, asOf)) {
            assertEquals(List.of("40", "30"), limits(service.report(Period.DAY, UsageReporter.GroupBy.AGENT, asOf)));
            assertEquals(List.of("280", "210"), limits(service.report(Period.WEEK, UsageReporter.GroupBy.AGENT, asOf)));
            assertEquals(List.of("1200", "900"), limits(service.report(Period.MONTH, UsageReporter.GroupBy.AGENT,
                    asOf)));
            assertEquals("2026-W47", Period.WEEK.label(service.report(Period.WEEK, UsageReporter.GroupBy.AGENT, asOf)
                    .start()));
        }
        assertEquals(List.of(70, 90, 100), BudgetLimits.DEFAULT_THRESHOLDS);
    }

    @Test
    void storedTimesReadBackExactly() throws Exception {
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 2_000; i++) {
            Instant time = Instant.ofEpochSecond(1_600_000_000L + random.nextInt(400_000_000),
                    i % 4 == 0 ? 0 : i % 4 == 1 ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000));
            assertEquals(time, UsageJson.instant(time.toString()), time.toString());
        }
        assertEquals(Instant.parse("2026-11-03T10:00:00+01:00"), UsageJson.instant("2026-11-03T10:00:00+01:00"));
        org.junit.jupiter.api.Assertions.assertThrows(java.time.format.DateTimeParseException.class,
                () -> UsageJson.instant("2026-02-30T10:00:00Z"));
    }

    private static List<String> limits(UsageReport report) {
        return report.budgets().stream().map(b -> b.limit().stripTrailingZeros().toPlainString()).toList();
    }
}
