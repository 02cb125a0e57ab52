package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry commands in process, on a copy of examples/registry (a 1.0.0 registry as teams keep it). */
class RegistryCommandsTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "registry").toAbsolutePath().normalize();
    private static final Map<String, String> NO_CI = Map.of();

    @TempDir
    Path repo;

    private Path registry;

    @BeforeEach
    void copyTheExample() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            files.sorted(Comparator.naturalOrder()).forEach(source -> {
                Path copy = repo.resolve(EXAMPLE.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        registry = repo.resolve("deployments/registry.json");
    }

    private CliRun run(String... args) {
        return CliRun.run(repo, NO_CI, args);
    }

    private byte[] registryBytes() throws IOException {
        return Files.readAllBytes(registry);
    }

    /** Every command given a project's directory finds the project recorded there, whatever its name. */
    @Test
    void aProjectGivenByItsDirectoryIsTheOneRecordedThere() throws IOException {
        Files.createDirectories(repo.resolve("services/billing-agent"));
        assertEquals(0, run("record-deployment", "--name", "Billing", "--project", "services/billing-agent", "--env",
                "development", "--actor", "ci:gh", "--agent", "review@1.0.0").exitCode());
        CliRun byPath = run("record-deployment", "--project", "services/billing-agent", "--env", "staging",
                "--actor", "ci:gh", "--agent", "review@1.0.0");
        assertEquals(0, byPath.exitCode(), byPath.err());
        assertTrue(byPath.out().contains("recorded Billing in staging"), byPath.out());
        CliRun approve = run("approve", "--project", "services/billing-agent", "--agent", "review@1.0.0",
                "--actor", "human:alice");
        assertEquals(0, approve.exitCode(), approve.err());
        CliRun status = run("status", "--project", "services/billing-agent");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("Billing"), status.out());
        assertFalse(Files.readString(registry).contains("\"name\": \"billing-agent\""), "no second project");
    }

    @Test
    void fromDeployToStatusToImpact() throws IOException {
        CliRun development = run("record-deployment", "--project", "projects/payments-api", "--env", "development",
                "--actor", "ci:github-actions", "--git-commit", "0123456789abcdef0123456789abcdef01234567",
                "--idempotency-key", "run-101");
        assertEquals(0, development.exitCode(), development.err());
        assertTrue(development.out().contains("Migrated deployments/registry.json from registry_version 1.0.0 to "
                + "2.0.0; the 1.0.0 file is kept as deployments/registry.json.1.0.0.bak"), development.out());
        assertTrue(development.out().contains("deployments/registry.json: recorded payments-api in development by "
                + "ci:github-actions\n  code-review@1.3.0  deployed\n  db-migrate@2.0.1   deployed\n"),
                development.out());

        assertEquals(0, run("record-deployment", "--name", "payments-api", "--env", "staging", "--actor",
                "ci:github-actions", "--agent", "code-review@1.3.0").exitCode());
        byte[] staged = registryBytes();
        CliRun refused = run("record-deployment", "--name", "payments-api", "--env", "production", "--actor",
                "ci:github-actions", "--agent", "code-review@1.3.0");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("deploytrack: refused: code-review@1.3.0 has no approval for production "
                + "of payments-api"), refused.err());
        assertTrue(refused.err().contains("Nothing was written."), refused.err());
        assertArrayEquals(staged, registryBytes());

        CliRun approve = run("approve", "--name", "payments-api", "--agent", "code-review@1.3.0", "--actor",
                "human:alice", "--reason", "reviewed the staging run");
        assertEquals(0, approve.exitCode(), approve.err());
        assertTrue(approve.out().contains("approved code-review@1.3.0 for payments-api in production by "
                + "human:alice"), approve.out());
        CliRun production = run("record-deployment", "--name", "payments-api", "--env", "production", "--actor",
                "ci:github-actions", "--agent", "code-review@1.3.0");
        assertEquals(0, production.exitCode(), production.err());
        assertTrue(production.out().contains("code-review@1.3.0  updated from 1.2.0"), production.out());

        CliRun status = run("status");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("code-review    6            2         1.3.0 (3), 1.1.0 (1)"),
                status.out());
        CliRun agent = run("status", "--agent", "code-review", "--format", "markdown");
        assertTrue(agent.out().contains("| payments-api | production | 1.3.0 | 2026-10-02T09:14:00Z |"),
                agent.out());
        CliRun project = run("status", "--project", "projects/payments-api", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(project.out());
        assertEquals("payments-api", json.get("name").asText());
        assertEquals(5, json.get("agents").size());

        CliRun impact = run("impact", "--catalog", "catalog", "--fail-on-outdated");
        assertEquals(1, impact.exitCode(), impact.err());
        assertTrue(impact.out().contains("db-migrate     data-pipeline  production   1.4.0    2.1.0"),
                impact.out());
        assertFalse(impact.out().contains("payments-api   production   1.2.0"), impact.out());
        assertTrue(impact.out().contains("Not deployed anywhere: reviewer"), impact.out());
        assertEquals(0, run("impact", "--agent", "code-review@1.3.0").exitCode());

        Path summary = repo.resolve("deployments/by-project/payments-api.md");
        assertTrue(Files.readString(summary).contains("The payments team reviews every db-migrate plan by hand"));
    }

    @Test
    void anAgentActorIsRefusedInProductionAndNothingIsWritten() throws IOException {
        byte[] seed = registryBytes();
        CliRun run = run("record-deployment", "--name", "payments-api", "--env", "production", "--actor",
                "agent:claude-code", "--agent", "code-review@1.2.0", "--emergency", "--reason", "hurry");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("refused: an agent (agent:claude-code) may never record a deployment in "
                + "production"), run.err());
        assertArrayEquals(seed, registryBytes());
        assertFalse(Files.exists(repo.resolve("deployments/registry.json.1.0.0.bak")));
    }

    @Test
    void anIdempotencyKeyRecordedTwiceChangesNothing() throws IOException {
        String[] args = {"record-deployment", "--name", "checkout-web", "--env", "development", "--actor", "ci:gh",
            "--agent", "code-review@1.3.0", "--idempotency-key", "run-7"};
        assertEquals(0, run(args).exitCode());
        byte[] once = registryBytes();
        CliRun again = run(args);
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("idempotency key run-7 was already recorded for checkout-web in "
                + "development"), again.out());
        assertArrayEquals(once, registryBytes());
    }

    @Test
    void testimonyAndRollback() throws IOException {
        CliRun testimony = run("testimony", "--name", "payments-api", "--file", "projects/payments-api/docs/"
                + "testimony.md", "--agent", "db-migrate");
        assertEquals(0, testimony.exitCode(), testimony.err());
        assertTrue(testimony.out().contains("filed as reflection_pool/testimonies/payments-api-"), testimony.out());
        try (Stream<Path> copies = Files.list(repo.resolve("reflection_pool/testimonies"))) {
            assertEquals(1, copies.count());
        }
        CliRun rollback = run("rollback", "--name", "payments-api", "--env", "production", "--agent",
                "code-review@1.1.0", "--actor", "human:bob", "--reason", "1.2.0 flags generated code");
        assertEquals(0, rollback.exitCode(), rollback.err());
        assertTrue(rollback.out().contains("rolled back code-review in payments-api (production) from 1.2.0 to "
                + "1.1.0: 1.2.0 flags generated code"), rollback.out());
        CliRun noReason = run("rollback", "--name", "payments-api", "--env", "production", "--agent",
                "code-review@1.2.0", "--actor", "human:bob");
        assertEquals(2, noReason.exitCode());
    }

    @Test
    void mistakesInTheCommandLineAreUsageErrors() {
        assertEquals(2, run("record-deployment", "--name", "x", "--agent", "a@1", "--actor", "ci:x").exitCode());
        CliRun actor = run("record-deployment", "--name", "x", "--agent", "a@1", "--env", "development",
                "--actor", "robot");
        assertEquals(2, actor.exitCode());
        assertTrue(actor.err().contains("--actor: an actor is KIND:IDENTITY"), actor.err());
        assertEquals(2, run("status", "--format", "yaml").exitCode());
        assertEquals(2, run("status", "--agent", "a", "--name", "b").exitCode());
        CliRun unknown = run("status", "--name", "payment-api");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean 'payments-api'?"), unknown.err());
        assertEquals(2, run("impact").exitCode());
        assertEquals(2, run("status", "stray").exitCode());
    }

    @Test
    void everyRegistryCommandHasHelp() {
        for (String command : List.of("record-deployment", "status", "impact", "approve", "rollback", "testimony")) {
            CliRun help = run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().startsWith("Usage: java -jar deploytrack.jar " + command), help.out());
            assertTrue(help.out().contains("--registry FILE"), command);
            assertTrue(run("--help").out().contains(command), command);
        }
    }

    @Test
    void aBrokenRegistryStopsWithFileLineAndTheBackupHint() throws IOException {
        String broken = Files.readString(registry).replace("\"name\": \"checkout-web\",", "\"name\": \"checkout-web\"");
        Files.writeString(registry, broken);
        CliRun run = run("record-deployment", "--name", "checkout-web", "--env", "development", "--actor", "ci:x",
                "--agent", "code-review@1.3.0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("deployments/registry.json:29:7: error: invalid JSON: Unexpected character "
                + "('\"' (code 34)): was expecting comma to separate Object entries"),
                run.err());
        assertTrue(run.err().contains("hint: fix the file at that position, or restore the previous version from "
                + "deployments/registry.json.bak"), run.err());
        assertEquals(broken, Files.readString(registry));
        assertEquals(2, run("status").exitCode());
    }

    @Test
    void aRegistryFromANewerDeploytrackIsRefusedByVersion() throws IOException {
        Files.writeString(registry, "{\"registry_version\": \"3.0.0\", \"projects\": {}}\n");
        CliRun run = run("status");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("written by a newer deploytrack (registry_version 3.0.0)"), run.err());
    }

    @Test
    void theRegistrySectionOfTheConfigurationIsHonoured() throws IOException {
        Files.writeString(repo.resolve("deploytrack.yml"), """
                registry:
                  path: ops/deploys.json
                  environments: [test, live]
                """);
        assertEquals(2, run("record-deployment", "--name", "x", "--env", "staging", "--actor", "ci:x", "--agent",
                "a@1.0.0").exitCode());
        assertEquals(0, run("record-deployment", "--name", "x", "--env", "test", "--actor", "ci:x", "--agent",
                "a@1.0.0").exitCode());
        assertTrue(Files.exists(repo.resolve("ops/deploys.json")));
        assertTrue(Files.exists(repo.resolve("ops/by-project/x.md")));
        CliRun live = run("record-deployment", "--name", "x", "--env", "live", "--actor", "ci:x", "--agent",
                "a@1.0.0");
        assertEquals(1, live.exitCode(), "live is the last environment, so it is production: it needs approval");
        assertTrue(live.err().contains("has no approval for live"), live.err());
    }

    /**
     * A 2.0.0 agent entry without its environment (a hand edit, a damaged merge): every command names the entry by
     * file, line and path and says what to add; none writes anything or fails with an internal error.
     */
    @Test
    void anAgentEntryWithoutItsEnvironmentIsNamedByEveryCommand() throws IOException {
        assertEquals(0, run("record-deployment", "--name", "payments-api", "--env", "development", "--actor",
                "ci:gh", "--agent", "code-review@1.3.0").exitCode());
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(registry.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("projects").get(0).get("agents").get(1))
                .remove("environment");
        tree.remove("checksum");
        Files.writeString(registry, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        byte[] edited = registryBytes();
        String agentLine = lineAndColumnOf(edited, "/projects/0/agents/1");
        for (String[] command : List.of(
                new String[] {"record-deployment", "--name", "payments-api", "--env", "development", "--actor",
                    "ci:gh", "--agent", "db-migrate@2.0.2"},
                new String[] {"approve", "--name", "payments-api", "--agent", "code-review@1.3.0", "--actor",
                    "human:alice"},
                new String[] {"rollback", "--name", "payments-api", "--env", "production", "--agent",
                    "code-review@1.1.0", "--actor", "human:bob", "--reason", "r"},
                new String[] {"status"},
                new String[] {"status", "--name", "payments-api"},
                new String[] {"status", "--agent", "code-review"},
                new String[] {"impact", "--agent", "code-review@9.0.0"})) {
            CliRun run = run(command);
            assertEquals(2, run.exitCode(), String.join(" ", command) + "\n" + run.out() + run.err());
            assertFalse(run.err().contains("internal error"), run.err());
            assertTrue(run.err().startsWith("deployments/registry.json:" + agentLine + ": error: "), run.err());
            assertTrue(run.err().contains("error: projects[0].agents[1] has no environment; every agent entry of a "
                    + "registry_version 2.0.0 file names one"), run.err());
            assertTrue(run.err().contains("hint: add \"environment\": \"NAME\""), run.err());
            assertArrayEquals(edited, registryBytes(), String.join(" ", command));
        }
    }

    /** The stage gate's check before a deployment: the same refusal as the record, and nothing written either way. */
    @Test
    void aDryRunRefusesWhatTheRecordWouldAndWritesNothing() throws IOException {
        assertEquals(0, run("record-deployment", "--name", "payments-api", "--env", "staging", "--actor", "ci:gh",
                "--agent", "code-review@1.3.0", "--emergency", "--reason", "setup").exitCode());
        byte[] before = registryBytes();
        CliRun refused = run("record-deployment", "--dry-run", "--name", "payments-api", "--env", "production",
                "--actor", "ci:gh", "--agent", "code-review@1.3.0");
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("refused: code-review@1.3.0 has no approval for production of "
                + "payments-api"), refused.err());
        CliRun allowed = run("record-deployment", "--dry-run", "--name", "payments-api", "--env", "development",
                "--actor", "ci:gh", "--agent", "code-review@9.9.9", "--idempotency-key", "run-9");
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertTrue(allowed.out().startsWith("deployments/registry.json: would record payments-api in development"),
                allowed.out());
        assertArrayEquals(before, registryBytes());
        assertEquals(0, run("record-deployment", "--name", "payments-api", "--env", "development", "--actor",
                "ci:gh", "--agent", "code-review@9.9.9", "--idempotency-key", "run-9").exitCode(),
                "the key of a dry run is not taken");
    }

    @Test
    void exportAndImportMoveARegistryAndAreIdempotent() throws IOException {
        CliRun export = run("registry", "export", "--output", "copy/deployments/registry.json");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.err().contains("exported 3 projects"), export.err());
        assertTrue(Files.exists(repo.resolve("copy/deployments/by-project/payments-api.md")));
        CliRun first = run("registry", "import", "deployments/registry.json", "--registry", "moved.json");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("moved.json: imported 3 projects"), first.out());
        byte[] moved = Files.readAllBytes(repo.resolve("moved.json"));
        CliRun second = run("registry", "import", "deployments/registry.json", "--registry", "moved.json");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("holds nothing the registry does not; nothing changed"), second.out());
        assertArrayEquals(moved, Files.readAllBytes(repo.resolve("moved.json")));
        CliRun stdout = run("registry", "export", "--registry", "moved.json");
        assertEquals(0, stdout.exitCode(), stdout.err());
        assertEquals("2.0.0", new ObjectMapper().readTree(stdout.out()).get("registry_version").asText());
        assertEquals(2, run("registry", "move").exitCode());
        assertEquals(2, run("registry", "import").exitCode());
    }

    /** {@code line:column} where the value at {@code pointer} starts. */
    private static String lineAndColumnOf(byte[] json, String pointer) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser parser = new ObjectMapper().createParser(json)) {
            for (com.fasterxml.jackson.core.JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token.isStructStart() && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation().getLineNr() + ":"
                            + parser.currentTokenLocation().getColumnNr();
                }
            }
        }
        throw new AssertionError(pointer + " not found");
    }
}
