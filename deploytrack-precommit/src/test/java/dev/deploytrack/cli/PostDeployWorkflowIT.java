package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The post-deployment workflow (templates/github/agent-post-deploy.yml), its steps run as GitHub runs them on a
 * checkout of the commit the application deployed, against a bare repository standing for the GitHub repository:
 * the application's deployment is recorded on the tip of main and pushed (not left in the job's checkout, where it
 * was lost), and drift compares the agents with it there. Production runs review 1.0.0 from the first commit; the
 * application goes out at a later one. The checkout is a directory named after the project, as GitHub's is after the
 * repository ({@code --project .} names the project after it).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PostDeployWorkflowIT {

    private static final String SKILL = "---\nname: review\ndescription: Reviews code.\nmetadata:\n  version: %s\n"
            + "---\n%s\n";

    private final GitHubWorkflow workflow = new GitHubWorkflow("templates/github/agent-post-deploy.yml",
            Map.of("inputs.environment", "production", "inputs.max-age", "0", "github.run_id", "9001",
                    "secrets.DEPLOYTRACK_REGISTRY", ""));

    @TempDir
    Path temp;

    private Path origin;

    /**
     * A repository whose main has review 1.0.0 deployed to production at its first commit, then {@code change}
     * committed (and, on main after it, the commit that recorded those deployments): returns the changed commit.
     */
    private String repository(String path, String content) throws Exception {
        GitRepo seed = GitRepo.init(temp.resolve("seed"))
                .write("deploytrack.yml", "registry:\n  environments: [staging, production]\n")
                .write("skills/review/SKILL.md", SKILL.formatted("1.0.0", "Review."))
                .write("templates/deploytrack-registry.sh", Files.readAllBytes(GitHubWorkflow.REGISTRY_SCRIPT))
                .add(".").commit("seed");
        String first = seed.git("rev-parse", "HEAD").strip();
        cli(seed, "record-deployment", "--project", ".", "--name", "shop", "--env", "staging", "--actor",
                "ci:github-actions", "--git-commit", first);
        cli(seed, "approve", "--name", "shop", "--env", "production", "--agent", "review@1.0.0", "--actor",
                "human:alice");
        cli(seed, "record-deployment", "--project", ".", "--name", "shop", "--env", "production", "--actor",
                "ci:github-actions", "--git-commit", first);
        seed.write(path, content).add(path).commit("the change the application deploys");
        String deployed = seed.git("rev-parse", "HEAD").strip();
        seed.add("deployments/registry.json", "deployments/by-project").commit("Record the agents' deployments");
        origin = temp.resolve("origin.git");
        seed.git("clone", "-q", "--bare", seed.root().toString(), origin.toString());
        return deployed;
    }

    private static void cli(GitRepo repo, String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", GitHubWorkflow.JAR));
        command.addAll(List.of(args));
        GitRepo.Result result = repo.run(Map.of(), command.toArray(String[]::new));
        assertEquals(0, result.exit(), result.output());
    }

    private GitRepo.Result step(GitRepo workspace, String step, String commit) throws Exception {
        Path runnerTemp = Files.createDirectories(temp.resolve("runner-temp"));
        if (!Files.exists(runnerTemp.resolve("deploytrack.jar"))) {
            GitHubWorkflow.placeJar(runnerTemp.resolve("deploytrack.jar"));
        }
        return workflow.runStep(workspace, "agents-follow-the-application", step, Map.of("GITHUB_SHA", commit,
                "RUNNER_TEMP", runnerTemp.toString(), "GITHUB_STEP_SUMMARY", temp.resolve("summary.md").toString()));
    }

    private JsonNode registryOnOrigin() throws Exception {
        Path check = temp.resolve("check-" + System.nanoTime());
        new GitRepo(temp).git("clone", "-q", origin.toString(), check.toString());
        return new ObjectMapper().readTree(check.resolve("deployments/registry.json").toFile());
    }

    /** The application's record as the registry on main has it: its commit, or null when it was never pushed. */
    private String applicationCommitOnOrigin() throws Exception {
        for (JsonNode entry : registryOnOrigin().get("deployment_history")) {
            if ("9001-app-production".equals(entry.path("idempotency_key").asText())) {
                return entry.get("git_commit").asText();
            }
        }
        return null;
    }

    @Test
    void theApplicationIsRecordedOnMainAndAnAgentLeftBehindFailsTheJob() throws Exception {
        String deployed = repository("skills/review/SKILL.md", SKILL.formatted("1.1.0", "Review, and test."));
        GitRepo runner = GitHubWorkflow.checkout(origin, temp.resolve("shop"), deployed);

        GitRepo.Result record = step(runner, "Record the application's deployment", deployed);
        assertEquals(0, record.exit(), record.output());
        assertTrue(record.output().contains("recorded and pushed to main (attempt 1)"), record.output());
        assertEquals(deployed, applicationCommitOnOrigin(), "the application's record is on main");

        GitRepo.Result drift = step(runner, "deploytrack drift --against-app", deployed);
        assertEquals(1, drift.exit(), drift.output());
        assertTrue(drift.output().contains("compared with " + deployed.substring(0, 12)), drift.output());
        assertTrue(drift.output().contains("drift: 1 agent behind, 1 past its limit"), drift.output());

        GitRepo.Result again = step(runner, "Record the application's deployment", deployed);
        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("nothing to push"), "a re-run records nothing twice: " + again.output());
    }

    @Test
    void anApplicationChangeThatLeavesTheAgentsAloneIsInSync() throws Exception {
        String deployed = repository("src/app.txt", "the application\n");
        GitRepo runner = GitHubWorkflow.checkout(origin, temp.resolve("shop"), deployed);

        GitRepo.Result record = step(runner, "Record the application's deployment", deployed);
        assertEquals(0, record.exit(), record.output());
        assertEquals(deployed, applicationCommitOnOrigin());
        GitRepo.Result drift = step(runner, "deploytrack drift --against-app", deployed);
        assertEquals(0, drift.exit(), drift.output());
        assertTrue(drift.output().contains("compared with " + deployed.substring(0, 12)), drift.output());
    }
}
