package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run of the stage-gate workflow (.github/workflows/agent-stage-gates.yml), its deploy jobs' steps run as GitHub
 * runs them on a checkout of the validated commit, against a bare repository standing for the GitHub repository:
 * staging is checked, deployed and recorded; the production request is written; a person approves; production is
 * checked, deployed and recorded, all in the same run, on the same commit. The checks read the registry on the tip of
 * main, where the records are, not the checkout's: production's check sees this run's staging record and the
 * approval pushed after the run started. The project is a subdirectory of the repository, as examples/agent-repo is
 * in deploytrack's own.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StageGateRunIT {

    private static final String CHECK = "Check the promotion rules before deploying";
    private static final String DEPLOY = "Deploy";
    private static final String RECORD = "Record the deployment";

    private final GitHubWorkflow workflow = GitHubWorkflow.stageGates("agent-repo", "7001");

    @TempDir
    Path temp;

    private Path origin;
    private String validated;
    private GitRepo runner;

    @BeforeEach
    void repository() throws Exception {
        GitRepo seed = GitRepo.init(temp.resolve("seed")).write("README.md", "shop\n")
                .write("agent-repo/deploytrack.yml", "registry:\n  environments: [staging, production]\n")
                .write("agent-repo/skills/review/SKILL.md", "---\nname: review\ndescription: Reviews code.\n"
                        + "metadata:\n  version: 1.0.0\n---\nReview.\n")
                .write("templates/deploytrack-registry.sh", Files.readAllBytes(GitHubWorkflow.REGISTRY_SCRIPT))
                .add(".").commit("seed");
        validated = seed.git("rev-parse", "HEAD").strip();
        origin = temp.resolve("origin.git");
        seed.git("clone", "-q", "--bare", seed.root().toString(), origin.toString());
        runner = GitHubWorkflow.checkout(origin, temp.resolve("runner"), validated);
    }

    private GitRepo.Result step(String job, String step) {
        return step(runner, job, step, "7001");
    }

    private GitRepo.Result step(GitRepo workspace, String job, String step, String run) {
        Map<String, String> variables = new HashMap<>(Map.of("GITHUB_SHA", validated,
                "GITHUB_STEP_SUMMARY", temp.resolve("summary-" + job + ".md").toString()));
        String environment = job.equals("deploy-staging") ? "staging" : "production";
        variables.put("IDEMPOTENCY_KEY", run + "-" + environment);
        return workflow.runStep(workspace, job, step, variables);
    }

    /** The steps of a deploy job after its checkout, in order; stops at the first that fails. */
    private List<GitRepo.Result> deployJob(GitRepo workspace, String job, String run) {
        List<GitRepo.Result> results = new ArrayList<>();
        for (String step : List.of(CHECK, DEPLOY, RECORD)) {
            GitRepo.Result result = step(workspace, job, step, run);
            results.add(result);
            if (result.exit() != 0) {
                break;
            }
        }
        return results;
    }

    private static void assertSucceeded(List<GitRepo.Result> steps) {
        assertEquals(3, steps.size(), steps.toString());
        steps.forEach(step -> assertEquals(0, step.exit(), step.output()));
    }

    /** A person approves production on their own clone of main and pushes, as docs/requests.md tells them. */
    private void approve() {
        GitRepo person = new GitRepo(temp);
        person.git("clone", "-q", origin.toString(), temp.resolve("person").toString());
        GitRepo clone = new GitRepo(temp.resolve("person"));
        clone.git("config", "user.name", "Alice");
        clone.git("config", "user.email", "alice@example.com");
        GitRepo.Result approved = new GitRepo(clone.root().resolve("agent-repo")).run(Map.of(), "java", "-jar",
                GitHubWorkflow.JAR, "approve", "--project", ".", "--env", "production", "--agent", "review@1.0.0",
                "--actor", "human:alice");
        assertEquals(0, approved.exit(), approved.output());
        clone.git("add", "agent-repo/deployments/registry.json", "agent-repo/deployments/by-project");
        clone.commit("Approve review 1.0.0 for production");
        clone.git("push", "-q", "origin", "HEAD:main");
    }

    private JsonNode registryOnOrigin() throws Exception {
        Path check = temp.resolve("check-" + System.nanoTime());
        new GitRepo(temp).git("clone", "-q", origin.toString(), check.toString());
        return new ObjectMapper().readTree(check.resolve("agent-repo/deployments/registry.json").toFile());
    }

    @Test
    void stagingThenProductionInOneRunOnTheValidatedCommit() throws Exception {
        assertSucceeded(deployJob(runner, "deploy-staging", "7001"));

        GitRepo.Result request = step("production-request", "deploytrack request and checklist");
        assertEquals(0, request.exit(), request.output());
        String summary = Files.readString(temp.resolve("summary-production-request.md"));
        assertTrue(summary.contains("every version going out ran in staging"),
                "the request sees this run's staging record: " + summary);

        approve();
        List<GitRepo.Result> production = deployJob(runner, "deploy-production", "7001");
        assertSucceeded(production);
        assertTrue(production.get(0).output().contains("would record agent-repo in production"),
                production.get(0).output());
        assertTrue(production.get(2).output().contains("recorded and pushed to main (attempt 1)"),
                production.get(2).output());

        JsonNode history = registryOnOrigin().get("deployment_history");
        List<String> recorded = new ArrayList<>();
        history.forEach(entry -> {
            if (entry.has("idempotency_key")) {
                recorded.add(entry.get("idempotency_key").asText() + " " + entry.get("git_commit").asText());
            }
        });
        assertEquals(List.of("7001-staging " + validated, "7001-production " + validated), recorded);
        assertEquals(validated, runner.git("rev-parse", "HEAD").strip(), "the checkout stays the validated commit");
    }

    /** Refused for the approval it lacks, not for a staging record it cannot see; and nothing is deployed. */
    @Test
    void productionWithoutAnApprovalIsRefusedBeforeItDeploys() throws Exception {
        assertSucceeded(deployJob(runner, "deploy-staging", "7002"));
        GitRepo.Result check = step(runner, "deploy-production", CHECK, "7002");
        assertEquals(1, check.exit(), check.output());
        assertTrue(check.output().contains("has no approval for production"), check.output());
        assertFalse(check.output().contains("staging"), "staging was recorded: " + check.output());
    }

    /** Another run's record, pushed after this run's commit, is seen: its key replayed records nothing. */
    @Test
    void aRecordPushedByAnotherRunSinceThisCommitIsSeen() throws Exception {
        GitRepo other = GitHubWorkflow.checkout(origin, temp.resolve("other"), validated);
        assertSucceeded(deployJob(other, "deploy-staging", "7003"));
        GitRepo.Result check = step(runner, "deploy-staging", CHECK, "7003");
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("already recorded"), check.output());
        GitRepo.Result record = step(runner, "deploy-staging", RECORD, "7003");
        assertEquals(0, record.exit(), record.output());
        assertTrue(record.output().contains("nothing to push"), record.output());
        assertEquals(1, registryOnOrigin().get("deployment_history").size());
    }
}
