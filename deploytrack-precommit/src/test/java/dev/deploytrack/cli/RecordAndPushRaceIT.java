package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage-gate workflow's record step (its run script, taken from .github/workflows/agent-stage-gates.yml and run
 * as GitHub runs it, through the templates/deploytrack-registry.sh it calls) on two clones of a bare repository racing to push: a push that loses the race
 * is recorded again on top of the winner's, nothing is lost or doubled, a replayed key pushes nothing, and a push
 * that cannot succeed fails the step.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RecordAndPushRaceIT {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    private final GitHubWorkflow workflow = GitHubWorkflow.stageGates(".", "1");

    @TempDir
    Path temp;

    private GitRepo origin;
    private GitRepo a;
    private GitRepo b;

    @BeforeEach
    void repositories() throws Exception {
        GitRepo seed = GitRepo.init(temp.resolve("seed")).write("README.md", "agents\n")
                .write("skills/review/SKILL.md", "---\nname: review\ndescription: Reviews code.\nmetadata:\n"
                        + "  version: 1.0.0\n---\nReview.\n")
                .write("templates/deploytrack-registry.sh", Files.readAllBytes(GitHubWorkflow.REGISTRY_SCRIPT))
                .add(".").commit("seed");
        origin = new GitRepo(temp.resolve("origin.git"));
        seed.git("clone", "-q", "--bare", seed.root().toString(), temp.resolve("origin.git").toString());
        String commit = seed.git("rev-parse", "HEAD").strip();
        a = GitHubWorkflow.checkout(origin.root(), temp.resolve("a"), commit);
        b = GitHubWorkflow.checkout(origin.root(), temp.resolve("b"), commit);
    }

    private GitRepo clone(String name) {
        origin.git("clone", "-q", temp.resolve("origin.git").toString(), temp.resolve(name).toString());
        return new GitRepo(temp.resolve(name));
    }

    /** GitHub's variables for the step: the run's environment (development, to record without a gate) and key. */
    private static Map<String, String> variables(String environment, String key) {
        return Map.of("DEPLOY_ENVIRONMENT", environment, "IDEMPOTENCY_KEY", key, "GITHUB_SHA", SHA);
    }

    private GitRepo.Result record(GitRepo clone, String key) {
        return record(clone, "development", key);
    }

    private GitRepo.Result record(GitRepo clone, String environment, String key) {
        return workflow.runStep(clone, "deploy-staging", "Record the deployment", variables(environment, key));
    }

    private JsonNode registryOnOrigin() throws Exception {
        GitRepo check = clone("check-" + System.nanoTime());
        return new ObjectMapper().readTree(check.root().resolve("deployments/registry.json").toFile());
    }

    /** A's push is forced to lose: its pre-push hook lets B record and push first. A records again and pushes. */
    @Test
    void thePushThatLosesTheRaceRecordsAgainOnTopOfTheWinner() throws Exception {
        Path marker = temp.resolve("b-went-first");
        Path hook = a.root().resolve(".git/hooks/pre-push");
        Path bRecords = workflow.writeStep(b, "deploy-staging", "Record the deployment",
                variables("development", "b-1"), temp.resolve("b-records.sh"));
        Files.writeString(hook, "#!/bin/sh\nif [ ! -e '" + marker + "' ]; then\n  touch '" + marker + "'\n"
                + "  env -u GIT_DIR -u GIT_WORK_TREE -u GIT_INDEX_FILE bash --noprofile --norc -eo pipefail '"
                + bRecords + "' >/dev/null 2>&1\nfi\nexit 0\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

        GitRepo.Result result = record(a, "a-1");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("main moved on; recording again on top of it"), result.output());
        assertTrue(result.output().contains("recorded and pushed to main (attempt 2)"), result.output());
        JsonNode registry = registryOnOrigin();
        assertEquals(2, registry.get("deployment_history").size());
        Set<String> keys = new HashSet<>();
        registry.get("deployment_history").forEach(entry -> keys.add(entry.get("idempotency_key").asText()));
        assertEquals(Set.of("a-1", "b-1"), keys);

        GitRepo.Result replay = record(a, "a-1");
        assertEquals(0, replay.exit(), replay.output());
        assertTrue(replay.output().contains("already recorded on main; nothing to push"), replay.output());
        assertEquals(2, registryOnOrigin().get("deployment_history").size());
    }

    /** Both clones record four deployments each at the same time: all eight arrive, each once. */
    @Test
    void twoClonesRacingLoseNothing() throws Exception {
        GitRepo.allAtOnce(List.of(a, b), 4, (clone, i) -> record(clone, (clone == a ? "a" : "b") + "-" + i));
        JsonNode history = registryOnOrigin().get("deployment_history");
        Set<String> keys = new HashSet<>();
        history.forEach(entry -> keys.add(entry.get("idempotency_key").asText()));
        assertEquals(8, history.size());
        assertEquals(8, keys.size());
    }

    @Test
    void aPushThatCannotSucceedFailsTheStepAndARefusalIsNotRetried() throws Exception {
        Path hook = temp.resolve("origin.git/hooks/pre-receive");
        Files.writeString(hook, "#!/bin/sh\necho 'branch protected' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        GitRepo.Result blocked = record(a, "a-1");
        assertEquals(1, blocked.exit(), blocked.output());
        assertTrue(blocked.output().contains("could not push the registry to main in 5 attempts"), blocked.output());

        Files.delete(hook);
        GitRepo.Result refused = record(a, "production", "a-2");
        assertEquals(1, refused.exit(), refused.output());
        assertFalse(refused.output().contains("attempt"), "a refusal is not retried: " + refused.output());
        assertTrue(refused.output().contains("refused:"), refused.output());
    }
}
