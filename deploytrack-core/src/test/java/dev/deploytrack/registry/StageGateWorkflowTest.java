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

    /** The workflow as JSON, through the project's safe YAML parser (scalars as text, as the schema expects here). */
    private static JsonNode workflow() throws Exception {
        Node root = SafeYaml.parse(Files.readString(WORKFLOW), 1).orElseThrow();
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
        try (InputStream schema = getClass().getResourceAsStream("/workflow/github-workflow-schema.json")) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(schema).validate(workflow());
            assertEquals(Set.of(), errors);
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
            String record = deploy.get("steps").get(steps.indexOf("Record the deployment")).get("run").asText();
            assertTrue(record.contains("for attempt in") && record.contains("if git -C \"$worktree\" push"), record);
            assertEquals(recordStep(workflow, "deploy-staging"), record, "one record step for every stage");
        }
        String validate = workflow.get("jobs").get("validate").get("steps").get(3).get("run").asText();
        assertTrue(validate.contains("deploytrack.jar validate \"$REPOSITORY_PATH\""), "text findings in the log");
    }
}
