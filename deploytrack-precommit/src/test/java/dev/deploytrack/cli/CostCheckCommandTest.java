package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AGENTS.md is 9 tokens; gpt-5 costs $1.25 input and $10 output per million. 100 runs x 10 calls with 1,000 task
 * input and 100 output tokens: 1,009,000 x $1.25/M + 100,000 x $10/M = $2.26125 a day, $67.8375 in a 30-day month.
 */
class CostCheckCommandTest {

    @TempDir
    Path root;

    @BeforeEach
    void repository() throws IOException {
        write("AGENTS.md", "# Agents\n\nRun make test before pushing.\n");
        write("environments/production/model-overrides.yaml", "default_model: gpt-5\n");
        write("environments/production/budget-limits.yaml", "daily_limit_usd: 2.5\nmonthly_limit_usd: 60\n");
        write("environments/local/model-overrides.yaml", "default_model: gpt-5-nano\n");
        write("deploytrack.yml", """
                cost:
                  days-per-month: 30
                  workload: {calls-per-run: 10, input-tokens-per-call: 1000, output-tokens-per-call: 100}
                  environments:
                    production: {runs-per-day: 100}
                    local: {runs-per-day: 1}
                """);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void overALimitExitsOneWithTheNumbersAndWritesTheReports() throws Exception {
        Path summary = root.resolve("summary.md");
        CliRun run = CliRun.run(root, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "cost-check",
                "--output-dir", "out");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("production: FAILED ($2.26 per day, $67.84 per month, 100 runs per day)"),
                run.out());
        assertTrue(run.out().contains("  WARNING (90% threshold): daily projection $2.26 is 90.4% of the $2.50 limit"),
                run.out());
        assertTrue(run.out().contains("  FAILED: monthly projection $67.84 is 113.0% of the $60.00 limit"), run.out());
        assertTrue(run.out().contains("note: environment 'local' has no budget-limits.yaml: projected, not gated"),
                run.out());
        JsonNode json = new ObjectMapper().readTree(root.resolve("out/deploytrack-cost-check.json").toFile());
        assertEquals("failed", json.get("status").asText());
        assertEquals(67.84, json.get("environments").get(1).get("monthly").asDouble());
        assertTrue(Files.readString(root.resolve("out/deploytrack-cost-check.md")).startsWith(
                "### deploytrack cost-check: failed"));
        assertTrue(Files.readString(summary).contains("| production | failed | $2.26 | $2.50 (90.4%) | $67.84 | "
                + "$60.00 (113.0%) |"), Files.readString(summary));
    }

    @Test
    void oneEnvironmentCanBeChecked() {
        CliRun run = CliRun.run(root, "cost-check", "--env", "local", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"name\" : \"local\""), run.out());
        assertTrue(!run.out().contains("\"name\" : \"production\""), run.out());
        assertTrue(Files.isRegularFile(root.resolve("target/deploytrack/deploytrack-cost-check.txt")));
    }

    @Test
    void mistakesExitTwoWithFileAndLine() throws IOException {
        CliRun unknown = CliRun.run(root, "cost-check", "--env", "prod");
        assertEquals(2, unknown.exitCode());
        // The command line's words for the setting: its option, never a Maven property.
        assertTrue(unknown.err().contains("unknown environment 'prod' (--env prod); environments: local, production"),
                unknown.err());
        assertFalse(unknown.err().contains("-Ddeploytrack"), unknown.err());
        write("environments/production/budget-limits.yaml", "daily_limit_usd: ten\n");
        CliRun malformed = CliRun.run(root, "cost-check");
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("environments/production/budget-limits.yaml:1:18: error: "
                + "daily_limit_usd must be a number, but it is a string"), malformed.err());
        assertEquals(2, CliRun.run(root, "cost-check", "--format", "sarif").exitCode());
    }
}
