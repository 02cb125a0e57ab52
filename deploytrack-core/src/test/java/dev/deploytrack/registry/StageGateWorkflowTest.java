package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deploytrack.yaml.SafeYaml;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The stage-gate workflow teams copy (.github/workflows/agent-stage-gates.yml): valid for GitHub, and it keeps what
 * issue 11 fixed: nothing hides a failed record or push, the promotion rules are checked before the deploy, the
 * validated commit is deployed and recorded, deploytrack is pinned, one pipeline writes a registry at a time, and
 * the job log shows the findings.
 */
class StageGateWorkflowTest {

    private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "agent-stage-gates.yml");

    /** The workflows to copy beside it: drift on pull requests, the drift monitor, the post-deployment gate. */
    private static final Path TEMPLATES = Path.of("..", "templates", "github");

    /** The workflow as JSON, through the project's safe YAML parser (scalars as text, as the schema expects here). */
    private static JsonNode workflow() throws Exception {
        return workflow(WORKFLOW);
    }

    static JsonNode workflow(Path file) throws Exception {
        Node root = SafeYaml.parse(Files.readString(file), 1).orElseThrow();
        return json(root);
    }

    private static JsonNode json(Node node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = nodes.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                object.set(((ScalarNode) tuple.getKeyNode()).getValue(), json(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = nodes.arrayNode();
            sequence.getValue().forEach(element -> array.add(json(element)));
            return array;
        }
        String text = ((ScalarNode) node).getValue();
        boolean plain = ((ScalarNode) node).isPlain();
        if (plain && (text.equals("true") || text.equals("false"))) {
            return nodes.booleanNode(Boolean.parseBoolean(text));
        }
        if (plain && text.matches("-?\\d+")) {
            return nodes.numberNode(Long.parseLong(text));
        }
        return nodes.textNode(text);
    }

    /** The run script of a deploy job's record step (RecordAndPushRaceIT runs the staging one). */
    static String recordStep(JsonNode workflow, String job) {
        for (JsonNode step : workflow.get("jobs").get(job).get("steps")) {
            if (step.path("name").asText().equals("Record the deployment")) {
                return step.get("run").asText();
            }
        }
        throw new AssertionError("no record step in " + job);
    }

    @Test
    void itIsAValidGitHubWorkflow() throws Exception {
        assertEquals(Set.of(), schemaErrors(workflow()));
    }

    private Set<ValidationMessage> schemaErrors(JsonNode workflow) throws Exception {
        try (InputStream schema = getClass().getResourceAsStream("/workflow/github-workflow-schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(workflow);
        }
    }

    @Test
    void everyTemplateIsAValidGitHubWorkflow() throws Exception {
        List<Path> templates;
        try (var files = Files.list(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(3, templates.size(), templates.toString());
        for (Path template : templates) {
            assertEquals(Set.of(), schemaErrors(workflow(template)), template.toString());
        }
    }

    /** The reviewer of production reads the deployment request before the job they approve starts. */
    @Test
    void productionWaitsForTheDeploymentRequest() throws Exception {
        JsonNode jobs = workflow().get("jobs");
        assertTrue(jobs.get("deploy-production").get("needs").toString().contains("\"production-request\""));
        String run = step(jobs.get("production-request"), "deploytrack request and checklist").get("run").asText();
        assertTrue(run.contains("request --env production") && run.contains("checklist --env production"), run);
        assertFalse(jobs.get("production-request").has("environment"), "it runs before anyone approves");
    }

    /** One comment per pull request, found by the report's marker and updated in place; the label follows it. */
    @Test
    void thePullRequestCommentIsUpdatedInPlaceAndLabelled() throws Exception {
        JsonNode workflow = workflow(TEMPLATES.resolve("agent-drift-pull-request.yml"));
        assertTrue(workflow.get("on").has("pull_request"));
        assertEquals("deploytrack-drift-pr-${{ github.event.pull_request.number }}",
                workflow.get("concurrency").get("group").asText(), "runs of one pull request never race");
        JsonNode job = workflow.get("jobs").get("agents-changed");
        assertEquals("write", job.get("permissions").get("pull-requests").asText());
        String steps = job.get("steps").toString();
        assertTrue(steps.contains("\"fetch-depth\":0"), "the whole history: " + steps);
        String drift = step(job, "deploytrack drift --base --head").get("run").asText();
        assertTrue(drift.contains("drift --base \"$BASE_SHA\" --head \"$HEAD_SHA\"") && drift.contains("--format json"),
                drift);
        String script = step(job, "Comment and label").get("with").get("script").asText();
        assertTrue(script.contains("const marker = body.split('\\n', 1)[0];"), script);
        assertTrue(script.contains(".startsWith(marker)"), script);
        int update = script.indexOf("updateComment");
        int create = script.indexOf("createComment");
        assertTrue(update > 0 && create > update && script.substring(update, create).contains("} else {"),
                "a comment is created only when there is none: " + script);
        assertTrue(script.contains("const label = 'requires-agent-deploy';") && script.contains("removeLabel"), script);
        assertTrue(script.contains("report.requires_deployment"), "the label follows the JSON report");
    }

    /** Every six hours and by hand; one issue, opened, updated, closed; never two runs at once. */
    @Test
    void theMonitorOpensOneIssueUpdatesItAndClosesIt() throws Exception {
        JsonNode workflow = workflow(TEMPLATES.resolve("agent-drift-monitor.yml"));
        String cron = workflow.get("on").get("schedule").get(0).get("cron").asText();
        assertEquals("*/6", cron.split(" ")[1], cron);
        assertTrue(workflow.get("on").has("workflow_dispatch"));
        assertEquals("false", workflow.get("concurrency").get("cancel-in-progress").asText());
        JsonNode job = workflow.get("jobs").get("drift");
        String run = step(job, "deploytrack drift").get("run").asText();
        assertTrue(run.contains("if [ \"$status\" -gt 1 ]; then exit \"$status\"; fi"), "2 fails the job: " + run);
        String script = step(job, "Open, update or close the drift issue").get("with").get("script").asText();
        assertTrue(script.contains("labels: label") && script.contains("issues.length > 0"), script);
        int update = script.indexOf("github.rest.issues.update(");
        int create = script.indexOf("github.rest.issues.create(");
        assertTrue(update > 0 && create > update, "updates the open issue, creates one only when none: " + script);
        assertTrue(script.contains("state: 'closed'"), script);
        assertEquals("exit \"${{ steps.drift.outputs.status }}\"", step(job, "Gate").get("run").asText());
    }

    /** Called after an application deployment: records it, then fails when the agents lag past the limit. */
    @Test
    void thePostDeploymentJobFailsWhenTheAgentsDidNotFollow() throws Exception {
        JsonNode workflow = workflow(TEMPLATES.resolve("agent-post-deploy.yml"));
        assertTrue(workflow.get("on").get("workflow_call").get("inputs").get("environment").get("required")
                .asBoolean());
        JsonNode job = workflow.get("jobs").get("agents-follow-the-application");
        String record = step(job, "Record the application's deployment").get("run").asText();
        assertTrue(record.contains("record-deployment --project . --component app") && record.contains(
                "--git-commit \"$GITHUB_SHA\""), record);
        String drift = step(job, "deploytrack drift --against-app").get("run").asText();
        assertTrue(drift.contains("drift --env \"$DEPLOY_ENVIRONMENT\" --against-app"), drift);
        assertFalse(drift.contains("||"), "its status is the job's: " + drift);
        // The record is pushed to main like the stage gates' (it was left in the job's checkout and lost), and drift
        // reads it there.
        assertTrue(record.contains("\"$GITHUB_WORKSPACE/$DEPLOYTRACK_REGISTRY_SCRIPT\" record"), record);
        assertTrue(drift.contains("\"$GITHUB_WORKSPACE/$DEPLOYTRACK_REGISTRY_SCRIPT\" read --"), drift);
        assertEquals("write", job.get("permissions").get("contents").asText());
        // GitHub cancels a group's pending job when a newer one queues: the application is deployed by then, so the
        // job that records it is in no group (the registry script's push retry keeps concurrent records).
        assertFalse(job.has("concurrency"), "the application's record can be cancelled while pending");
    }

    /**
     * The script every template reads and writes the registry through: a bounded retry that fails the job when it
     * cannot push, and no failure of a record, commit or push hidden (RegistryScriptIT and the workflow ITs run it).
     */
    @Test
    void theRegistryScriptHidesNoFailure() throws Exception {
        String script = Files.readString(Path.of("..", "templates", "deploytrack-registry.sh"));
        assertTrue(script.contains("set -euo pipefail"), "every failure stops it");
        assertTrue(script.contains("for ((attempt = 1; attempt <= attempts; attempt++)); do"), "bounded");
        assertTrue(script.contains("echo \"could not push the registry to $branch in $attempts attempts\" >&2\nexit 1\n"),
                "fails when it cannot push");
        for (String line : script.split("\n")) {
            assertFalse(line.contains("|| true") || line.contains("|| echo"), "a failure hidden: " + line);
        }
    }

    private static JsonNode step(JsonNode job, String name) {
        for (JsonNode step : job.get("steps")) {
            if (step.path("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step '" + name + "' in " + job);
    }

    @Test
    void everyDownloadIsCheckedAgainstAPinnedSha256NotAChecksumFromTheSameServer() throws Exception {
        List<Path> files = new ArrayList<>(List.of(WORKFLOW, Path.of("..", "templates", "gitlab", ".gitlab-ci.yml")));
        try (var templates = Files.list(TEMPLATES)) {
            templates.filter(p -> p.toString().endsWith(".yml")).forEach(files::add);
        }
        for (Path file : files) {
            String text = Files.readString(file);
            if (!text.contains("repo.maven.apache.org")) {
                continue;
            }
            assertTrue(text.contains("DEPLOYTRACK_SHA256: "), file + " pins the jar's SHA-256");
            assertTrue(text.contains("echo \"$DEPLOYTRACK_SHA256  "), file + " checks the download against the pin");
            assertTrue(text.contains("| sha256sum -c -"), file.toString());
            assertFalse(text.contains(".sha1"), file + " trusts a checksum fetched beside the jar");
            // The file checked is the file downloaded (a check of an unset variable's empty name fails every run).
            java.util.regex.Matcher download = java.util.regex.Pattern.compile("curl -fsSL \"\\$url\" -o (\\S+)")
                    .matcher(text);
            java.util.regex.Matcher check = java.util.regex.Pattern.compile(
                    "echo \"\\$DEPLOYTRACK_SHA256  (\\S+?)\" \\| sha256sum -c -").matcher(text);
            assertTrue(download.find() && check.find(), file + " downloads and checks the jar");
            assertEquals(download.group(1).replace("\"", ""), check.group(1), file + ": the checked path");
        }
    }

    @Test
    void theDeployJobsKeepTheFixes() throws Exception {
        JsonNode workflow = workflow();
        String version = workflow.get("env").get("DEPLOYTRACK_VERSION").asText();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), "deploytrack pinned to a released version: " + version);
        for (String job : List.of("deploy-staging", "deploy-production")) {
            JsonNode deploy = workflow.get("jobs").get(job);
            assertTrue(deploy.get("concurrency").get("group").asText().startsWith("deploytrack-registry-"), job);
            // A group per stage: a later run's staging job must not cancel an approved production job pending.
            assertTrue(deploy.get("concurrency").get("group").asText().endsWith(job.substring("deploy-".length())),
                    job);
            assertEquals("${{ secrets.DEPLOYTRACK_REGISTRY }}", deploy.get("env").get("DEPLOYTRACK_REGISTRY")
                    .asText(), job);
            List<String> steps = new ArrayList<>();
            String checkoutRef = null;
            for (JsonNode step : deploy.get("steps")) {
                steps.add(step.path("name").asText(step.path("uses").asText()));
                if (step.path("uses").asText().startsWith("actions/checkout")) {
                    checkoutRef = step.path("with").path("ref").asText();
                }
                String run = step.path("run").asText();
                for (String line : run.split("\n")) {
                    boolean recordsOrPushes = line.contains("record") || line.contains("push");
                    assertFalse(recordsOrPushes && (line.contains("|| echo") || line.contains("|| true")),
                            job + ": a failure hidden: " + line);
                }
                if (run.contains("record-deployment")) {
                    assertTrue(run.contains("--git-commit \"$GITHUB_SHA\""), job + ": records the validated commit");
                }
            }
            assertEquals("${{ github.sha }}", checkoutRef, job + " deploys the validated commit");
            int check = steps.indexOf("Check the promotion rules before deploying");
            assertTrue(check >= 0 && check < steps.indexOf("Deploy"), job + ": dry run before the deploy " + steps);
            assertTrue(steps.indexOf("Deploy") < steps.indexOf("Record the deployment"), job);
            String dryRun = deploy.get("steps").get(check).get("run").asText();
            assertTrue(dryRun.contains("record-deployment --dry-run"), dryRun);
            // The check reads, and the record writes, the registry on the tip of main, through the shared script.
            assertTrue(dryRun.contains("\"$GITHUB_WORKSPACE/$DEPLOYTRACK_REGISTRY_SCRIPT\" read --"), dryRun);
            String record = deploy.get("steps").get(steps.indexOf("Record the deployment")).get("run").asText();
            assertTrue(record.contains("\"$GITHUB_WORKSPACE/$DEPLOYTRACK_REGISTRY_SCRIPT\" record"), record);
            assertEquals(recordStep(workflow, "deploy-staging"), record, "one record step for every stage");
        }
        String request = step(workflow.get("jobs").get("production-request"), "deploytrack request and checklist")
                .get("run").asText();
        String read = "\"$GITHUB_WORKSPACE/$DEPLOYTRACK_REGISTRY_SCRIPT\" read --";
        assertEquals(2, (request.length() - request.replace(read, "").length()) / read.length(),
                "request and checklist read the registry on the tip: " + request);
        assertEquals("templates/deploytrack-registry.sh",
                workflow.get("env").get("DEPLOYTRACK_REGISTRY_SCRIPT").asText());
        String validate = workflow.get("jobs").get("validate").get("steps").get(3).get("run").asText();
        assertTrue(validate.contains("deploytrack.jar validate \"$REPOSITORY_PATH\""), "text findings in the log");
    }
}
