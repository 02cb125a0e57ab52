package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.fuzz.Fuzz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on mutated inputs (configuration, skills, MCP configs, baselines, budgets, registries), as CI runs them: the exit status is always 0, 1 or 2 (never a stack trace's),
 * nothing is an internal error, and no case waits over {@value Fuzz#HANG_SECONDS} seconds. Fewer cases than the
 * core's fuzzing (each runs a whole command); {@code -Ddeploytrack.fuzz.cases=N} sets how many.
 */
class CommandFuzzTest {

    @TempDir
    Path repo;

    private void runs(String file, byte[] input, String... command) throws IOException {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, input);
        CliRun run = CliRun.run(repo, command);
        assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, "exit " + run.exitCode() + ": " + run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(run.err().contains("Exception") || run.out().contains("\tat "), run.err());
    }

    private static int cases() {
        return Math.max(20, Fuzz.cases() / 10);
    }

    @Test
    void validateOnMutatedSkillsAndMcpConfigs() {
        Fuzz.run("skill", cases(), input -> runs("skills/fuzz/SKILL.md", input, "validate", "--strict"));
        Fuzz.run("mcp", cases(), input -> runs(".mcp.json", input, "validate"));
    }

    @Test
    void everyCommandOnAMutatedConfigurationBaselineOrBudget() {
        Fuzz.run("config", cases(), input -> {
            runs("deploytrack.yml", input, "validate");
            runs("deploytrack.yml", input, "status");
        });
        Fuzz.run("baseline", cases(), input -> runs(".deploytrack-secrets-baseline.json", input, "scan"));
        Fuzz.run("budget", cases(), input -> runs("environments/production/budget-limits.yaml", input,
                "cost-check"));
        Fuzz.run("registry", cases(), input -> {
            runs("deployments/registry.json", input, "status");
            runs("deployments/registry.json", input, "record-deployment", "--name", "payments-api", "--agent",
                    "code-review@9.0.0", "--env", "development", "--actor", "ci:fuzz");
            Files.deleteIfExists(repo.resolve("deployments/registry.json.bak"));
        });
    }
}
