package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * drift, request, checklist and history as users run them: the built jar, as a process, on the drift demo
 * (examples/drift-demo/build.sh builds its git history) and on the sample registry (examples/registry, committed
 * to a new repository and taken through the README's deployments).
 */
class ReleaseCommandsIT {

    private static final String JAR = Path.of(System.getProperty("deploytrack.jar", "target/deploytrack.jar"))
            .toAbsolutePath().toString();
    /** The build passes the launcher's path in (bin/deploytrack): the examples are beside it, whatever the cwd. */
    private static final Path EXAMPLES = Path.of(System.getProperty("deploytrack.launcher", "../bin/deploytrack"))
            .toAbsolutePath().normalize().getParent().resolveSibling("examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    record Run(int status, String out, String err) {
    }

    private static Run run(Path where, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
        command.addAll(List.of(args));
        return process(where, environment, command);
    }

    private static Run process(Path where, Map<String, String> environment, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(where.toFile());
        builder.environment().remove("GITHUB_STEP_SUMMARY");
        builder.environment().remove("DEPLOYTRACK_REGISTRY");
        for (String variable : List.of("GITHUB_SHA", "CI_COMMIT_SHA", "GIT_COMMIT")) {
            builder.environment().remove(variable);
        }
        builder.environment().putAll(environment);
        Path err = Files.createTempFile("deploytrack-err", ".txt");
        builder.redirectError(err.toFile());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
            return new Run(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private Path demo() throws Exception {
        Path repo = directory.resolve("shop");
        Run built = process(directory, Map.of(), List.of("bash", EXAMPLES.resolve("drift-demo/build.sh").toString(),
                repo.toString()));
        assertEquals(0, built.status(), built.out() + built.err());
        return repo;
    }

    @Test
    void driftOnTheDemoFindsWhatItsHistoryHides() throws Exception {
        Path repo = demo();
        Path summary = directory.resolve("summary.md");
        Run drift = run(repo, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "drift");
        assertEquals(1, drift.status(), drift.out() + drift.err());
        assertTrue(drift.out().contains("production: 3 of 3 agents behind, 3 past the 1h limit"), drift.out());
        assertTrue(drift.out().contains("(merge) Merge pull request #41 from shop/strict-review"), drift.out());
        assertTrue(drift.out().contains("Triage billing questions (#42)"), drift.out());
        assertFalse(drift.out().contains("Try a friendlier review tone"), "a change and its revert wait for nothing");
        assertFalse(drift.out().contains("Refactor the cart"), "the application's code is not the agents'");
        assertTrue(Files.readString(summary).contains("### deploytrack drift: shop-assistant"));

        JsonNode json = JSON.readTree(run(repo, Map.of(), "drift", "--format", "json").out());
        JsonNode production = json.get("environments").get(2);
        assertEquals("production", production.get("name").asText());
        assertEquals(List.of("drifted", "never-deployed", "drifted"), List.of(
                production.get("agents").get(0).get("status").asText(),
                production.get("agents").get(1).get("status").asText(),
                production.get("agents").get(2).get("status").asText()));
        assertEquals(4, json.get("past_limit").asInt(), "three in production, one in staging");
        JsonNode staging = json.get("environments").get(1);
        assertEquals(86_400, staging.get("max_age_seconds").asInt(), "drift.environments.staging in deploytrack.yml");
        assertTrue(staging.get("agents").get(0).get("past_limit").asBoolean(), "code-review waited 3 days");
        assertFalse(staging.get("agents").get(2).get("past_limit").asBoolean(), "triage 6 hours");

        assertEquals(0, run(repo, Map.of(), "drift", "--env", "development").status());
        assertEquals(0, run(repo, Map.of(), "drift", "--env", "staging", "--max-age", "1w").status());
        Run againstApp = run(repo, Map.of(), "drift", "--against-app", "--env", "staging", "--format", "json");
        JsonNode app = JSON.readTree(againstApp.out()).get("environments").get(0);
        assertEquals("in-sync", app.get("agents").get(2).get("status").asText(),
                "staging's application runs the merge; triage changed after it");

        Run pullRequest = run(repo, Map.of(), "drift", "--base", "HEAD~4", "--head", "HEAD", "--format", "markdown");
        assertEquals(0, pullRequest.status(), pullRequest.err());
        assertTrue(pullRequest.out().startsWith("<!-- deploytrack:pull-request-drift -->"), pullRequest.out());
        assertTrue(pullRequest.out().contains("| triage | changed: 1 file | 1.0.0 → 1.1.0 |"), pullRequest.out());
    }

    @Test
    void requestChecklistAndHistoryOnTheDemo() throws Exception {
        Path repo = demo();
        Run request = run(repo, Map.of(), "request", "--env", "production", "--format", "json", "--actor",
                "ci:github-actions");
        assertEquals(0, request.status(), request.err());
        JsonNode json = JSON.readTree(request.out());
        assertEquals("AWAITING HUMAN APPROVAL", json.get("status").asText());
        assertEquals("high", json.get("risk").asText());
        assertEquals(3, json.get("agents").size());
        String id = json.get("id").asText();
        assertTrue(request.err().contains("request " + id + " filed by ci:github-actions"), request.err());
        Run markdown = run(repo, Map.of(), "request", "--env", "production", "--format", "markdown");
        assertTrue(markdown.out().contains("**Status: AWAITING HUMAN APPROVAL**"), markdown.out());
        assertTrue(markdown.out().contains("- high: release-notes has never been deployed here"), markdown.out());

        Run own = run(repo, Map.of(), "approve", "--name", "shop-assistant", "--request", id, "--actor",
                "human:github-actions");
        assertEquals(1, own.status(), own.out() + own.err());
        assertTrue(own.err().contains("requested the deployment"), own.err());
        Run approved = run(repo, Map.of(), "approve", "--name", "shop-assistant", "--request", id, "--actor",
                "human:dana");
        assertEquals(0, approved.status(), approved.err());
        assertTrue(approved.out().contains("approved triage@1.1.0 for shop-assistant in production by human:dana "
                + "(request " + id + ")"), approved.out());

        Run checklist = run(repo, Map.of(), "checklist", "--env", "production", "--format", "markdown");
        assertEquals(0, checklist.status(), checklist.err());
        assertTrue(checklist.out().contains("- [x] The deployment request is filed"), checklist.out());
        assertTrue(checklist.out().contains("- [x] A person other than the requester approved every version"),
                checklist.out());
        assertTrue(checklist.out().contains("- [ ] Every version ran in the environment before"), checklist.out());

        Run history = run(repo, Map.of(), "history", "--env", "production");
        assertEquals(0, history.status());
        assertEquals(3, history.out().lines().count(), history.out());
        assertEquals(history.out(), run(repo, Map.of(), "history", "--env", "production").out(), "the same bytes");
    }

    @Test
    void theSampleRegistryThroughTheReadmesDeployments() throws Exception {
        Path repo = directory.resolve("registry");
        copy(EXAMPLES.resolve("registry"), repo);
        for (List<String> git : List.of(List.of("init", "-q", "-b", "main"), List.of("add", "-A"),
                List.of("-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "Registry"))) {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(git);
            assertEquals(0, process(repo, Map.of(), command).status());
        }
        for (String environment : List.of("development", "staging")) {
            Run recorded = run(repo, Map.of(), "record-deployment", "--project", "projects/payments-api", "--env",
                    environment, "--actor", "ci:github-actions");
            assertEquals(0, recorded.status(), recorded.err());
        }
        assertEquals(0, run(repo, Map.of(), "record-deployment", "--project", "projects/payments-api",
                "--component", "app", "--env", "production", "--actor", "ci:github-actions").status());

        Run drift = run(repo, Map.of(), "drift", "--name", "payments-api", "--format", "json");
        assertEquals(1, drift.status(), drift.out() + drift.err());
        JsonNode environments = JSON.readTree(drift.out()).get("environments");
        assertEquals("in-sync", environments.get(0).get("agents").get(0).get("status").asText(),
                "development was recorded at HEAD");
        JsonNode production = environments.get(2).get("agents").get(0);
        assertEquals("unknown", production.get("status").asText(), "1.0.0 deployments have no commit");
        assertTrue(production.get("note").asText().contains("deployed without a recorded commit"));

        Run request = run(repo, Map.of(), "request", "--name", "payments-api", "--env", "production");
        assertEquals(0, request.status(), request.err());
        assertTrue(request.out().contains("code-review 1.3.0 replaces 1.2.0"), request.out());
        assertTrue(request.out().contains("promotion order: passed"), request.out());
        Run checklist = run(repo, Map.of(), "checklist", "--name", "payments-api", "--env", "staging");
        assertEquals(0, checklist.status(), checklist.err());
        assertTrue(checklist.out().contains("[x] No approval is needed in staging"), checklist.out());
        Run history = run(repo, Map.of(), "history", "--name", "payments-api", "--format", "markdown");
        assertTrue(history.out().contains("| payments-api | staging | code-review | 1.3.0 | deploy | live | "
                + "ci:github-actions | not required |"), history.out());
        assertTrue(history.out().contains("| 2026-11-03T10:00:00Z | payments-api | production | code-review | 1.2.0 "
                + "| update | live | - | none recorded | - |"), history.out());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.sorted(Comparator.naturalOrder()).forEach(source -> {
                Path copy = to.resolve(from.relativize(source).toString());
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
    }
}
