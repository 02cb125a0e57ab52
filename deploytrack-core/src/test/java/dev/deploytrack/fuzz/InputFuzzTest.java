package dev.deploytrack.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.check.FileRules;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.cost.UnknownEnvironmentException;
import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.DeploymentRequest;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.secrets.Baseline;
import dev.deploytrack.secrets.BaselineException;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.ingest.IngestProgress;
import dev.deploytrack.usage.ingest.UsageFormat;
import dev.deploytrack.usage.ingest.UsageIngest;
import dev.deploytrack.usage.store.UsageStore;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.workspace.MemoryWorkspace;
import dev.deploytrack.yaml.ConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of every kind of input deploytrack reads from a repository: each mutated file gets a report or a
 * declared refusal (a configuration, baseline or registry error naming its line), never an uncaught exception, an
 * internal-error finding, or a wait over {@value Fuzz#HANG_SECONDS} seconds. A few hundred cases per kind per build;
 * {@code -Pfuzz} runs tens of thousands.
 */
class InputFuzzTest {

    private static final Path ROOT = Path.of("fuzz-repo");
    private static final Validator VALIDATOR = new Validator(DeploytrackConfig.defaults().withStrict(true));

    /** A report is the answer to any file; an internal error is a crash that was caught, so it fails here. */
    private static void validateAs(String path, byte[] input) {
        Report report = VALIDATOR.validate(MemoryWorkspace.ofBytes(ROOT, Map.of(path, input)));
        int lines = SourceText.decode(input).lines().lineCount();
        for (Finding finding : report.findings()) {
            assertNotEquals(FileRules.INTERNAL_ERROR.id(), finding.ruleId(), finding.message());
            assertTrue(finding.line() <= lines + 1, "line " + finding.line() + " of " + lines + ": " + finding);
        }
    }

    @Test
    void skillFiles() {
        Fuzz.run("skill", input -> validateAs("skills/fuzz/SKILL.md", input));
    }

    @Test
    void mcpConfigs() {
        Fuzz.run("mcp", input -> validateAs(".mcp.json", input));
    }

    /** The Claude Code files: each where Claude Code reads it, in a repository that also holds what it refers to. */
    @Test
    void claudeSettings() {
        Fuzz.run("settings", Fuzz.cases() / 2, input -> validateAs(".claude/settings.json", input));
    }

    @Test
    void pluginManifests() {
        Fuzz.run("plugin", Fuzz.cases() / 2, input -> validateWith("plugins/p/.claude-plugin/plugin.json", input,
                Map.of("plugins/p/agents/helper.md", "---\nname: helper\ndescription: Helps.\n---\nHelp.\n",
                        "plugins/p/hooks/hooks.json", "{\"hooks\": {}}\n")));
    }

    @Test
    void pluginHooks() {
        Fuzz.run("hooks", Fuzz.cases() / 2, input -> validateWith("plugins/p/hooks/hooks.json", input,
                Map.of("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\", \"version\": \"1.0.0\"}\n",
                        "plugins/p/scripts/check.sh", "#!/bin/sh\nexit 0\n")));
    }

    @Test
    void marketplaces() {
        Fuzz.run("marketplace", Fuzz.cases() / 2, input -> validateWith(".claude-plugin/marketplace.json", input,
                Map.of("plugins/tools/.claude-plugin/plugin.json", "{\"name\": \"tools\", \"version\": "
                        + "\"1.0.0\"}\n")));
    }

    @Test
    void subagents() {
        Fuzz.run("subagent", Fuzz.cases() / 2, input -> validateWith(".claude/agents/reviewer.md", input,
                Map.of(".claude/skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs. Use when a PDF.\n"
                        + "---\nRead it.\n")));
    }

    @Test
    void slashCommands() {
        Fuzz.run("command", Fuzz.cases() / 2, input -> validateWith(".claude/commands/ship.md", input,
                Map.of(".claude/skills/release/SKILL.md", "---\nname: release\ndescription: Releases. Use when "
                        + "releasing.\n---\nRelease.\n")));
    }

    /** A CLAUDE.md whose imports resolve to files that import back: cycles, depth and missing files under mutation. */
    @Test
    void claudeMemoryWithImports() {
        Fuzz.run("claude-md", Fuzz.cases() / 2, input -> validateWith("CLAUDE.md", input, Map.of(
                "a.md", "Read @b.md\n", "b.md", "Read @CLAUDE.md and @docs/architecture.md\n",
                "README.md", "# Readme\n", "docs/architecture.md", "See @../a.md\n", "rules/style.md", "Style.\n")));
    }

    /** Usage logs: every line is counted, skipped with its place, or the file refused; never a crash or a hang. */
    @Test
    void claudeCodeUsageLogs(@TempDir Path directory) {
        Fuzz.run("usage-claude", Fuzz.cases() / 2, input -> ingest(directory.resolve(
                "projects/-srv-agents-triage/5f0c1d2e.jsonl"), input, UsageFormat.CLAUDE_CODE),
                UsageIngest.InputException.class);
    }

    @Test
    void codexUsageLogs(@TempDir Path directory) {
        Fuzz.run("usage-codex", Fuzz.cases() / 2, input -> ingest(directory.resolve(
                "sessions/2026/11/03/rollout-2026-11-03T10-00-00-0199a213.jsonl"), input, UsageFormat.CODEX),
                UsageIngest.InputException.class);
    }

    private static void ingest(Path file, byte[] input, UsageFormat format) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, input);
        UsageIngest.Result result = new UsageIngest(new DiscardingStore(), format, IngestProgress.NONE)
                .ingest(List.of(file));
        assertTrue(result.read() >= 0, "records read: " + result.read());
    }

    /** Takes what an ingest stores and keeps nothing: the fuzzing is of the readers. */
    private static final class DiscardingStore implements UsageStore {

        @Override
        public String displayName() {
            return "usage/";
        }

        @Override
        public Appended append(java.util.Collection<UsageRecord> records) {
            return new Appended(records.size(), 0);
        }

        @Override
        public void scan(Instant from, Instant to, Visitor visitor) {
        }

        @Override
        public boolean fireOnce(String key, String description, Delivery delivery) {
            return false;
        }

        @Override
        public boolean hasFired(String key) {
            return false;
        }
    }

    /** {@link #validateAs} in a repository that also holds {@code others} (what the file refers to). */
    private static void validateWith(String path, byte[] input, Map<String, String> others) {
        Map<String, byte[]> files = new java.util.HashMap<>();
        others.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        files.put(path, input);
        Report report = VALIDATOR.validate(MemoryWorkspace.ofBytes(ROOT, files));
        for (Finding finding : report.findings()) {
            assertNotEquals(FileRules.INTERNAL_ERROR.id(), finding.ruleId(), finding.message());
        }
    }

    @Test
    void configurationFiles() {
        Fuzz.run("config", input -> {
            DeploytrackConfig config = ConfigLoader.parse(SourceText.decode(input).text(), "deploytrack.yml");
            assertNotNull(new Validator(config));
        }, ConfigException.class);
    }

    @Test
    void secretsBaselines() {
        Fuzz.run("baseline", input -> assertNotNull(Baseline.parse(new String(input, StandardCharsets.UTF_8),
                ".deploytrack-secrets-baseline.json").hasher()), BaselineException.class);
    }

    /**
     * A registry is read, or refused with its position; a record into one that was read either succeeds or is
     * refused, and what a record wrote is read again (a successful write never leaves a registry unreadable).
     */
    @Test
    void registries(@TempDir Path repository) {
        Path file = repository.resolve("deployments/registry.json");
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
        DeploymentRequest request = new DeploymentRequest("payments-api", null,
                List.of(AgentVersion.parse("code-review@9.0.0")), "development", Actor.parse("ci:fuzz"), "f00d",
                null, false, null);
        // Each case writes and syncs files: half the cases of the other kinds keep the build's share to seconds.
        Fuzz.run("registry", Fuzz.cases() / 2, input -> {
            deleteTree(repository.resolve("deployments"));
            Files.createDirectories(file.getParent());
            Files.write(file, input);
            RegistryService service = RegistryService.open(repository, RegistrySettings.defaults(), null, clock);
            service.read();
            boolean written;
            try {
                written = service.recordDeployment(request).written();
            } catch (InvalidRequestException | RefusedException e) {
                return;
            }
            if (written) {
                assertNotNull(RegistryService.open(repository, RegistrySettings.defaults(), null, clock).read()
                        .project("payments-api").orElseThrow());
            }
        }, RegistryException.class);
    }

    private static void deleteTree(Path directory) throws java.io.IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void budgetFiles() {
        CostCheck check = new CostCheck(DeploytrackConfig.defaults(), Vocabularies.shared(), LocalDate.of(2026, 12, 3));
        Fuzz.run("budget", input -> {
            check.run(MemoryWorkspace.ofBytes(ROOT, Map.of(
                    "environments/production/budget-limits.yaml", input,
                    "environments/production/model-overrides.yaml", input,
                    "AGENTS.md", "# Agents\n".getBytes(StandardCharsets.UTF_8))), "production");
        }, ConfigException.class, UnknownEnvironmentException.class);
    }
}
