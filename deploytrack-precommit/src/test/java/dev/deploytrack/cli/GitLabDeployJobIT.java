package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.yaml.SafeYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The GitLab template's deploy script (the {@code .deploy} job of templates/gitlab/.gitlab-ci.yml, its lines run as
 * GitLab's shell runs them) on a clone of a bare repository that stands for the GitLab project: the promotion rules
 * stop a deployment before it starts, a deployment is recorded into deployments/registry.json and pushed to the
 * default branch, a retried job pushes nothing, a push that lost a race is recorded again on top of the winner, two
 * pipelines recording at once lose nothing, and staging then production in one pipeline work: the checks read the
 * registry on the tip of the default branch (through templates/deploytrack-registry.sh, copied into the project as
 * the template expects), not the job's checkout of the validated commit. The project's https URL with the token is mapped to the bare repository by git's {@code insteadOf}, in a global
 * configuration of the test's own.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GitLabDeployJobIT {

    private static final Path TEMPLATE = Path.of(System.getProperty("deploytrack.launcher", "../bin/deploytrack"))
            .toAbsolutePath().normalize().getParent().resolveSibling("templates/gitlab/.gitlab-ci.yml");
    private static final String JAR = Path.of(System.getProperty("deploytrack.jar",
            "target/deploytrack.jar")).toAbsolutePath().toString();
    private static final String URL = "https://oauth2:glpat-test@gitlab.example.com/shop/agents.git";

    @TempDir
    Path temp;

    private Path script;
    private Path gitConfig;
    /** A clone's own global git configuration, for jobs that run at once (each GitLab job has its own). */
    private final Map<GitRepo, Path> ownConfigs = new HashMap<>();
    private GitRepo runner;

    /** The .deploy job's script, its lines in order. */
    private static String deployScript() throws Exception {
        return script(".deploy");
    }

    /** A job's script, its lines in order, as GitLab's shell runs them. */
    private static String script(String job) throws Exception {
        StringBuilder text = new StringBuilder("set -eo pipefail\n");
        for (Node line : ((SequenceNode) value(value(template(), job), "script")).getValue()) {
            text.append(((ScalarNode) line).getValue()).append('\n');
        }
        return text.toString();
    }

    private static Node template() throws Exception {
        return SafeYaml.parse(Files.readString(TEMPLATE), 1).orElseThrow();
    }

    /** Where the template expects the copy of templates/deploytrack-registry.sh, from its variables. */
    private static String registryScriptPath() throws Exception {
        return ((ScalarNode) value(value(template(), "variables"), "DEPLOYTRACK_REGISTRY_SCRIPT")).getValue();
    }

    private static Node value(Node mapping, String key) {
        for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
            if (((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        throw new AssertionError("no " + key);
    }

    @BeforeEach
    void project() throws Exception {
        script = Files.writeString(temp.resolve("deploy.sh"), deployScript());
        GitRepo seed = GitRepo.init(temp.resolve("seed"))
                .write("deploytrack.yml", "registry:\n  environments: [staging, production]\n")
                .write("skills/review/SKILL.md", "---\nname: review\ndescription: Reviews code.\nmetadata:\n"
                        + "  version: 1.0.0\n---\nReview.\n")
                .write(registryScriptPath(), Files.readAllBytes(GitHubWorkflow.REGISTRY_SCRIPT))
                .add(".").commit("seed");
        seed.git("clone", "-q", "--bare", seed.root().toString(), temp.resolve("origin.git").toString());
        gitConfig = temp.resolve("gitconfig");
        Files.writeString(gitConfig, "[url \"" + temp.resolve("origin.git") + "\"]\n\tinsteadOf = " + URL + "\n");
        runner = clone("runner");
    }

    private GitRepo clone(String name) {
        GitRepo origin = new GitRepo(temp);
        origin.git("clone", "-q", temp.resolve("origin.git").toString(), temp.resolve(name).toString());
        return new GitRepo(temp.resolve(name));
    }

    /** GitLab's predefined variables for the job, and the test's git configuration as the global one. */
    private Map<String, String> variables(String environment, String pipeline) throws Exception {
        return variables(runner, environment, pipeline);
    }

    private Map<String, String> variables(GitRepo clone, String environment, String pipeline) throws Exception {
        Map<String, String> variables = new HashMap<>();
        variables.put("CI_PROJECT_DIR", clone.root().toString());
        variables.put("DEPLOYTRACK_REGISTRY_SCRIPT", registryScriptPath());
        variables.put("GIT_CONFIG_GLOBAL", ownConfigs.getOrDefault(clone, gitConfig).toString());
        variables.put("DEPLOYTRACK_JAR", JAR);
        variables.put("DEPLOYTRACK_REGISTRY", "");
        variables.put("DEPLOYTRACK_PUSH_TOKEN", "glpat-test");
        variables.put("DEPLOY_ENVIRONMENT", environment);
        variables.put("CI_PIPELINE_ID", pipeline);
        variables.put("CI_COMMIT_SHA", clone.git("rev-parse", "HEAD").strip());
        variables.put("CI_COMMIT_SHORT_SHA", clone.git("rev-parse", "--short", "HEAD").strip());
        variables.put("CI_DEFAULT_BRANCH", "main");
        variables.put("CI_SERVER_HOST", "gitlab.example.com");
        variables.put("CI_PROJECT_PATH", "shop/agents");
        return variables;
    }

    private GitRepo.Result deploy(GitRepo clone, String environment, String pipeline) throws Exception {
        return clone.run(variables(clone, environment, pipeline), "bash", "--noprofile", "--norc",
                script.toString());
    }

    private JsonNode registryOnOrigin() throws Exception {
        GitRepo check = clone("check-" + System.nanoTime());
        return new ObjectMapper().readTree(check.root().resolve("deployments/registry.json").toFile());
    }

    @Test
    void aDeploymentIsRecordedAndPushedAndARetryPushesNothing() throws Exception {
        GitRepo.Result first = deploy(runner, "staging", "100");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().indexOf("would record") < first.output().indexOf("Deploy the agents"),
                first.output());
        assertTrue(first.output().contains("recorded and pushed to main (attempt 1)"), first.output());
        JsonNode history = registryOnOrigin().get("deployment_history");
        assertEquals(1, history.size());
        assertEquals("100-staging", history.get(0).get("idempotency_key").asText());
        assertEquals("ci", history.get(0).get("actor").get("kind").asText());
        assertEquals("gitlab-ci", history.get(0).get("actor").get("identity").asText());

        GitRepo.Result retry = deploy(runner, "staging", "100");
        assertEquals(0, retry.exit(), retry.output());
        assertTrue(retry.output().contains("nothing to push"), retry.output());
        assertEquals(1, registryOnOrigin().get("deployment_history").size());
        assertFalse(first.output().contains("glpat-test"), "the token is never printed: " + first.output());
    }

    @Test
    void productionWithoutAnApprovalNeverStarts() throws Exception {
        String before = new GitRepo(temp.resolve("origin.git")).git("rev-parse", "main");
        GitRepo.Result result = deploy(runner, "production", "101");
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("refused"), result.output());
        assertFalse(result.output().contains("Deploy the agents"), "nothing was deployed: " + result.output());
        assertEquals(before, new GitRepo(temp.resolve("origin.git")).git("rev-parse", "main"));
    }

    /** The runner's push is made to lose: its pre-push hook lets another pipeline record and push first. */
    @Test
    void aPushThatLostTheRaceIsRecordedAgainOnTopOfTheWinner() throws Exception {
        GitRepo other = clone("other");
        Path marker = temp.resolve("other-went-first");
        Path hook = temp.resolve("hooks/pre-push");
        Files.createDirectories(hook.getParent());
        StringBuilder exports = new StringBuilder();
        variables(other, "staging", "201").forEach((name, value) -> exports.append(name).append("='").append(value)
                .append("' "));
        Files.writeString(hook, "#!/bin/sh\nif [ ! -e '" + marker + "' ]; then\n  touch '" + marker + "'\n"
                + "  cd '" + other.root() + "' && env -u GIT_DIR -u GIT_WORK_TREE -u GIT_INDEX_FILE " + exports
                + "bash --noprofile --norc '" + script + "' >/dev/null 2>&1\nfi\nexit 0\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(gitConfig, "[core]\n\thooksPath = " + hook.getParent() + "\n", java.nio.file.StandardOpenOption.APPEND);

        GitRepo.Result result = deploy(runner, "staging", "200");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("main moved on; recording again on top of it"), result.output());
        assertTrue(result.output().contains("recorded and pushed to main (attempt 2)"), result.output());
        Set<String> keys = new HashSet<>();
        registryOnOrigin().get("deployment_history").forEach(e -> keys.add(e.get("idempotency_key").asText()));
        assertEquals(Set.of("200-staging", "201-staging"), keys);
    }

    /**
     * One pipeline, one commit: deploy staging, the production request, a person approves (pushing to the default
     * branch after the pipeline started), deploy production. Production's check reads the registry on the tip of the
     * default branch, so it sees the staging record this pipeline pushed and the approval; the job's checkout stays
     * the commit the pipeline validated, and that commit is what is recorded.
     */
    @Test
    void stagingThenProductionInOnePipeline() throws Exception {
        String validated = runner.git("rev-parse", "HEAD").strip();
        GitRepo.Result staging = deploy(runner, "staging", "300");
        assertEquals(0, staging.exit(), staging.output());

        Path requestJob = Files.writeString(temp.resolve("request.sh"), script("production request"));
        GitRepo.Result request = runner.run(variables("production", "300"), "bash", "--noprofile", "--norc",
                requestJob.toString());
        assertEquals(0, request.exit(), request.output());
        String markdown = Files.readString(runner.root().resolve("deployment-request.md"));
        assertTrue(markdown.contains("every version going out ran in staging"), markdown);
        assertTrue(Files.exists(runner.root().resolve("production-checklist.md")));

        GitRepo person = clone("person");
        person.git("config", "user.name", "Alice");
        person.git("config", "user.email", "alice@example.com");
        // The project is named after the job's directory ("runner"), as record-deployment --project . named it.
        GitRepo.Result approved = person.run(Map.of(), "java", "-jar", JAR, "approve", "--name", "runner", "--env",
                "production", "--agent", "review@1.0.0", "--actor", "human:alice");
        assertEquals(0, approved.exit(), approved.output());
        person.git("add", "deployments/registry.json", "deployments/by-project");
        person.commit("Approve review 1.0.0 for production");
        person.git("push", "-q", "origin", "HEAD:main");

        GitRepo.Result production = deploy(runner, "production", "300");
        assertEquals(0, production.exit(), production.output());
        assertTrue(production.output().indexOf("would record") < production.output().indexOf("Deploy the agents"),
                production.output());
        assertTrue(production.output().contains("recorded and pushed to main (attempt 1)"), production.output());
        List<String> recorded = new ArrayList<>();
        registryOnOrigin().get("deployment_history").forEach(entry -> {
            if (entry.has("idempotency_key")) {
                recorded.add(entry.get("idempotency_key").asText() + " " + entry.get("git_commit").asText());
            }
        });
        assertEquals(List.of("300-staging " + validated, "300-production " + validated), recorded);
        assertEquals(validated, runner.git("rev-parse", "HEAD").strip());
    }

    /** Two pipelines deploying at once (no resource group between them), three deployments each: none lost. */
    @Test
    void twoPipelinesRecordingAtOnceLoseNothing() throws Exception {
        GitRepo other = clone("other");
        ownConfigs.put(other, Files.copy(gitConfig, temp.resolve("other-gitconfig")));
        GitRepo.allAtOnce(List.of(runner, other), 3,
                (clone, i) -> deploy(clone, "staging", (clone == runner ? "40" : "50") + i));
        Set<String> keys = new HashSet<>();
        JsonNode history = registryOnOrigin().get("deployment_history");
        history.forEach(entry -> keys.add(entry.get("idempotency_key").asText()));
        assertEquals(Set.of("400-staging", "401-staging", "402-staging", "500-staging", "501-staging",
                "502-staging"), keys);
        assertEquals(6, history.size());
    }
}
