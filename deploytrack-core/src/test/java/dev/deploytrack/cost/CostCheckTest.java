package dev.deploytrack.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.wording.Setting;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A projection a person can check on paper. Token counts (o200k_base, verified with tiktoken):
 * <ul>
 *   <li>AGENTS.md: 165 lines "word word word word word" (6 tokens each) plus "word word word word" (5): 995;</li>
 *   <li>skill pdf: the line "pdf: Reads PDFs." is 5 tokens, so the always-loaded context is 1,000 tokens;
 *       its body, 100 lines, is 600 tokens;</li>
 *   <li>subagent reviewer: its body, 50 lines, is 300 tokens, so its context is 1,300 tokens.</li>
 * </ul>
 * Workload: 10 calls per run, 2,000 input and 500 output tokens per call, 80% cache hits, pdf triggers 0.5 times per
 * run, reviewer 2 calls per run with 1,000 output tokens. A month is set to 30 days.
 */
class CostCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path root;

    @BeforeEach
    void repository() throws IOException {
        write("AGENTS.md", words(165) + "word word word word\n");
        write("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs.\n---\n" + words(100));
        write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews.\n---\n" + words(50));
        write("environments/production/budget-limits.yaml", """
                daily_limit_usd: 10
                monthly_limit_usd: 250
                alert_thresholds: [70, 90, 100]
                """);
        write("environments/production/model-overrides.yaml", """
                default_model: gpt-5
                agents:
                  reviewer: gpt-5-mini
                """);
        write("environments/staging/model-overrides.yaml", "default_model: claude-haiku-4-5\n");
        write("deploytrack.yml", """
                cost:
                  days-per-month: 30
                  workload:
                    calls-per-run: 10
                    input-tokens-per-call: 2000
                    output-tokens-per-call: 500
                    cache-hit-ratio: 0.8
                    skills: {pdf: 0.5}
                    agents:
                      reviewer: {calls-per-run: 2, output-tokens-per-call: 1000}
                  environments:
                    production: {runs-per-day: 100}
                    staging: {runs-per-day: 10}
                """);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String words(int lines) {
        return "word word word word word\n".repeat(lines);
    }

    private CostReport check(String environment) throws Exception {
        DeploytrackConfig config = ConfigLoader.load(root, null);
        return new CostCheck(config, Vocabularies.shared(), TODAY).run(root, environment);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was "
                + actual.toPlainString());
    }

    @Test
    void productionProjectionWorkedOnPaper() throws Exception {
        Projection production = check("production").projections().get(0);
        // main, gpt-5 ($1.25 input, $0.125 cached, $10 output per million), 100 runs x 10 calls = 1,000 calls a day:
        //   context 1,000 x 1,000 = 1,000,000 tokens: 800,000 cached, 200,000 not
        //   task input 1,000 x 2,000 = 2,000,000; pdf 100 x 0.5 x 600 = 30,000
        //   input  200,000 + 2,000,000 + 30,000 = 2,230,000 x $1.25/M  = $2.7875
        //   cached 800,000 x $0.125/M                                   = $0.10
        //   output 1,000 x 500 = 500,000 x $10/M                         = $5.00   -> $7.8875 a day
        Projection.AgentCost main = production.agents().get(0);
        assertEquals("main", main.agent());
        assertEquals("gpt-5", main.model());
        assertTrue(main.exactTokens());
        assertAmount("1000", main.contextTokens());
        assertAmount("2230000", main.inputTokens());
        assertAmount("800000", main.cachedTokens());
        assertAmount("500000", main.outputTokens());
        assertAmount("7.8875", main.daily());
        // reviewer, gpt-5-mini ($0.25, $0.025, $2), 100 runs x 2 calls = 200 calls a day:
        //   context 1,300 x 200 = 260,000: 208,000 cached, 52,000 not; task 200 x 2,000 = 400,000
        //   input 452,000 x $0.25/M = $0.113; cached 208,000 x $0.025/M = $0.0052; output 200,000 x $2/M = $0.40
        Projection.AgentCost reviewer = production.agents().get(1);
        assertEquals("reviewer", reviewer.agent());
        assertEquals("gpt-5-mini", reviewer.model());
        assertAmount("1300", reviewer.contextTokens());
        assertAmount("0.5182", reviewer.daily());
        // pdf's body in main: 30,000 tokens x $1.25/M = $0.0375 a day.
        Projection.SkillCost pdf = production.skills().get(0);
        assertAmount("600", pdf.bodyTokens());
        assertAmount("30000", pdf.tokens());
        assertAmount("0.0375", pdf.daily());
        assertAmount("1.125", pdf.monthly());
        // $7.8875 + $0.5182 = $8.4057 a day; x 30 = $252.171 a month.
        assertAmount("8.4057", production.daily());
        assertAmount("252.171", production.monthly());
        // Daily: 84.0% of $10, past the 70% threshold: a warning. Monthly: 100.8% of $250: failed.
        Projection.LimitCheck daily = production.checks().get(0);
        assertEquals(Projection.Level.WARNING, daily.level());
        assertEquals(70, daily.threshold());
        assertAmount("84.0", daily.percent());
        Projection.LimitCheck monthly = production.checks().get(1);
        assertEquals(Projection.Level.FAILED, monthly.level());
        assertAmount("100.8", monthly.percent());
        assertEquals("monthly projection $252.17 is 100.8% of the $250.00 limit", monthly.describe());
        assertEquals(Projection.Level.FAILED, production.level());
    }

    @Test
    void estimatedModelsUseTheirFactor() throws Exception {
        CostReport report = check("staging");
        Projection staging = report.projections().get(0);
        // claude-haiku-4-5 ($1, $0.10, $5): counts are o200k_base x 1.20: context 1,200, pdf body 720, reviewer 1,560.
        // main: 10 runs x 10 calls = 100 calls; context 120,000: 96,000 cached, 24,000 not; task 200,000;
        //   pdf 10 x 0.5 x 720 = 3,600; input 227,600 x $1/M = $0.2276; cached $0.0096; output 50,000 x $5/M = $0.25
        Projection.AgentCost main = staging.agents().get(0);
        assertFalse(main.exactTokens());
        assertAmount("1200", main.contextTokens());
        assertAmount("0.4872", main.daily());
        // reviewer: 20 calls; context 31,200: 24,960 cached, 6,240 not; task 40,000; output 20,000
        //   $0.04624 + $0.002496 + $0.10 = $0.148736
        assertAmount("1560", staging.agents().get(1).contextTokens());
        assertAmount("0.148736", staging.agents().get(1).daily());
        assertAmount("0.635936", staging.daily());
        assertTrue(staging.checks().isEmpty(), "no budget-limits.yaml: projected, not gated");
        assertEquals(Projection.Level.OK, staging.level());
        assertTrue(report.notices().stream().anyMatch(n -> n.contains("claude-haiku-4-5 are estimates: "
                + "o200k_base x 1.20 (1.10-1.35)")), report.notices().toString());
        assertTrue(report.notices().contains("environment 'staging' has no budget-limits.yaml: projected, not gated"));
    }

    @Test
    void allEnvironmentsAreCheckedByDefault() throws Exception {
        CostReport report = check(null);
        assertEquals(List.of("production", "staging"), report.projections().stream().map(Projection::environment)
                .toList());
        assertTrue(report.failed());
        assertEquals("1 environment failed, 0 warned, 1 passed", report.summary());
        assertEquals(LocalDate.of(2026, 11, 22), report.prices().get(0).asOf());
    }

    @Test
    void aRepositoryWithoutEnvironmentsHasNothingToCheckAndLoadsNoVocabulary() throws Exception {
        Path empty = Files.createDirectory(root.resolve("empty"));
        Files.writeString(empty.resolve("AGENTS.md"), words(100));
        Vocabularies vocabularies = Vocabularies.isolated();
        CostReport report = new CostCheck(DeploytrackConfig.defaults(), vocabularies, TODAY).run(empty, null);
        assertTrue(report.projections().isEmpty());
        assertFalse(report.failed());
        assertEquals(Set.of(), vocabularies.loaded());
        assertTrue(report.notices().get(0).startsWith("no environments"), report.notices().toString());
    }

    @Test
    void onlyTheEncodingsOfTheModelsInUseAreLoaded() throws Exception {
        Vocabularies vocabularies = Vocabularies.isolated();
        new CostCheck(ConfigLoader.load(root, null), vocabularies, TODAY).run(root, null);
        assertEquals(Set.of(EncodingType.O200K_BASE), vocabularies.loaded());
    }

    @Test
    void stalePricesGiveAWarningNotice() throws Exception {
        CostReport report = new CostCheck(ConfigLoader.load(root, null), Vocabularies.shared(),
                TODAY.plusDays(91)).run(root, "production");
        assertEquals(1, report.warnings().size());
        assertTrue(report.warnings().get(0).startsWith("prices may be stale: deploytrack's bundled price "
                + "table is 91 days old (as of 2026-11-22; cost.max-price-age-days is 90)"), report.warnings().get(0));
        CostReport fresh = check("production");
        assertTrue(fresh.warnings().isEmpty());
        assertEquals(fresh.level(), report.level(), "stale prices warn; they do not change the verdict");
    }

    @Test
    void userPriceFileOverridesAndAdds() throws Exception {
        write("prices.yaml", """
                as-of: 2026-11-01
                sources: {contract: our enterprise agreement}
                models:
                  gpt-5: {input: 1.00, output: 8.00, cached-input: 0.10, source: contract}
                  in-house-model: {input: 0.50, output: 1.00}
                """);
        write("environments/production/model-overrides.yaml", "default_model: gpt-5\n");
        Files.writeString(root.resolve("deploytrack.yml"), Files.readString(root.resolve("deploytrack.yml"))
                + "  prices: prices.yaml\n");
        CostReport report = check("production");
        Projection.AgentCost main = report.projections().get(0).agents().get(0);
        assertAmount("1.00", main.price().input());
        assertEquals("contract", main.price().source());
        assertEquals(2, report.prices().size());
        assertEquals("prices.yaml", report.prices().get(1).name());
    }

    @Test
    void unknownEnvironmentNamesTheKnownOnes() {
        UnknownEnvironmentException e = assertThrows(UnknownEnvironmentException.class, () -> check("prod"));
        // Data each front door words: which setting, which value, which environments there are.
        assertEquals("prod", e.name());
        assertEquals(List.of("production", "staging"), e.known());
        assertEquals(List.of(Setting.ENVIRONMENT), e.problem().settings());
        assertEquals("unknown environment 'prod' (setting environment=prod); environments: production, staging",
                e.getMessage());
    }

    @Test
    void badEnvironmentFilesAreErrorsWithFileAndLine() throws Exception {
        write("environments/production/budget-limits.yaml", """
                daily_limit_usd: -10
                monthly_limit_usd: lots
                alert_thresholds: [70, 150]
                currency: EUR
                """);
        write("environments/production/model-overrides.yaml", """
                default_model: gpt-5-turbo
                agents:
                  reviwer: gpt-5-mini
                """);
        List<String> problems = problems(() -> check("production"));
        assertContains(problems, "environments/production/budget-limits.yaml:1:18: error: daily_limit_usd must not "
                + "be negative, but it is -10");
        assertContains(problems, "environments/production/budget-limits.yaml:2:20: error: monthly_limit_usd must be "
                + "a number, but it is a string");
        assertContains(problems, "environments/production/budget-limits.yaml:3:24: error: alert_thresholds holds "
                + "percentages from 1 to 100, not '150'");
        assertContains(problems, "environments/production/budget-limits.yaml:4:1: error: unknown key 'currency'");
    }

    @Test
    void unknownModelsAgentsSkillsAndEnvironmentsAreErrorsWithFileAndLine() throws Exception {
        write("environments/production/model-overrides.yaml", """
                default_model: gpt-5-turbo
                agents:
                  reviwer: gpt-5-mini
                """);
        Files.writeString(root.resolve("deploytrack.yml"), """
                cost:
                  workload:
                    calls-per-run: 10
                    skills: {pfd: 1}
                    agents:
                      tester: {calls-per-run: 1}
                  environments:
                    production: {runs-per-day: 100}
                    prodution: {runs-per-day: 5}
                """);
        List<String> problems = problems(() -> check(null));
        assertContains(problems, "deploytrack.yml:9:1: error: cost.environments names 'prodution', but there is no "
                + "environments/prodution/ with a budget-limits.yaml or model-overrides.yaml; did you mean "
                + "'production'?");
        // Fixing the environment name shows the next layer of problems, all at once.
        Files.writeString(root.resolve("deploytrack.yml"), Files.readString(root.resolve("deploytrack.yml"))
                .replace("    prodution: {runs-per-day: 5}\n", ""));
        problems = problems(() -> check(null));
        assertContains(problems, "environments/production/model-overrides.yaml:1:1: error: unknown model "
                + "'gpt-5-turbo': it has no price in deploytrack's bundled price table; did you mean");
        assertContains(problems, "environments/production/model-overrides.yaml:3:1: error: unknown agent 'reviwer'"
                + ": agents are 'main' and the subagents defined in .claude/agents/; did you mean 'reviewer'?");
        assertContains(problems, "deploytrack.yml:4:1: error: the workload of environment 'production' names skill "
                + "'pfd', which the repository does not have; did you mean 'pdf'?");
        assertContains(problems, "deploytrack.yml:6:1: error: the workload of environment 'production' names agent "
                + "'tester', which has no definition in .claude/agents/; it has: reviewer");
        assertContains(problems, "deploytrack.yml:2:1: error: the workload of environment 'staging' needs "
                + "runs-per-day (in cost.environments.staging or cost.workload)");
    }

    @Test
    void malformedPriceFilesAreErrorsWithFileAndLine() throws Exception {
        write("prices.yaml", """
                as-of: last week
                models:
                  gpt-5: {input: cheap, output: 8.00}
                  my-model: {output: 1.00, cached-input: -1}
                """);
        Files.writeString(root.resolve("deploytrack.yml"), Files.readString(root.resolve("deploytrack.yml"))
                + "  prices: prices.yaml\n");
        List<String> problems = problems(() -> check("production"));
        assertContains(problems, "prices.yaml:1:8: error: as-of must be a date such as 2026-11-22, not 'last week'");
        assertContains(problems, "prices.yaml:3:18: error: models.gpt-5.input must be a number, but it is a string");
        assertContains(problems, "prices.yaml:4:13: error: model 'my-model' needs 'input'");
        assertContains(problems, "prices.yaml:4:42: error: models.my-model.cached-input must not be negative");
        // A price file outside the repository is refused.
        Files.writeString(root.resolve("deploytrack.yml"), Files.readString(root.resolve("deploytrack.yml"))
                .replace("prices: prices.yaml", "prices: ../prices.yaml"));
        assertContains(problems(() -> check("production")), "deploytrack.yml:14:1: error: cost.prices must name a "
                + "file inside the repository");
    }

    @FunctionalInterface
    interface Run {
        void run() throws Exception;
    }

    private static List<String> problems(Run run) {
        ConfigException e = assertThrows(ConfigException.class, run::run);
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    private static void assertContains(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(expected)),
                "expected a problem starting with\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems));
    }
}
