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
