package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The GitLab CI template teams copy (templates/gitlab/.gitlab-ci.yml): valid against GitLab's own CI schema, and with
 * the semantics of the GitHub workflows beside it: validate with its JUnit and Code Quality reports, cost-check per
 * environment, the promotion rules checked before each deploy and the record after it, production by hand, and the
 * drift monitor on a schedule only.
 */
class GitLabCiTemplateTest {

    private static final Path TEMPLATE = Path.of("..", "templates", "gitlab", ".gitlab-ci.yml");

    private static JsonNode template() throws Exception {
        return StageGateWorkflowTest.workflow(TEMPLATE);
    }

    private Set<ValidationMessage> schemaErrors(JsonNode pipeline) throws Exception {
        try (InputStream schema = getClass().getResourceAsStream("/workflow/gitlab-ci-schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(pipeline);
        }
    }

    @Test
    void itIsAValidGitLabPipeline() throws Exception {
        assertEquals(Set.of(), schemaErrors(template()));
    }

    /** The check is not vacuous: what GitLab would reject, the schema rejects too. */
    @Test
    void theSchemaRejectsWhatGitLabRejects() throws Exception {
        ObjectNode unknownWhen = (ObjectNode) template();
        ((ObjectNode) unknownWhen.get("drift monitor")).put("when", "sometimes");
        assertFalse(schemaErrors(unknownWhen).isEmpty());
        ObjectNode badEnvironment = (ObjectNode) template();
        ((ObjectNode) badEnvironment.get("deploy production").get("environment")).put("action", "deploy");
        assertFalse(schemaErrors(badEnvironment).isEmpty());
        ObjectNode badReport = (ObjectNode) template();
        ((ObjectNode) badReport.get("validate").get("artifacts").get("reports")).put("junit", 7);
        assertFalse(schemaErrors(badReport).isEmpty());
    }

    @Test
    void validateWritesTheReportsGitLabShowsInMergeRequests() throws Exception {
        JsonNode validate = template().get("validate");
        JsonNode reports = validate.get("artifacts").get("reports");
        String script = script(validate);
        assertTrue(script.contains("junit:" + reports.get("junit").asText()), script);
        assertTrue(script.contains("codequality:" + reports.get("codequality").asText()), script);
        assertEquals("always", validate.get("artifacts").get("when").asText(), "the reports of a failed run count most");
        assertTrue(script.contains("exit \"$status\""), "the text run's status is the job's: " + script);
    }

    @Test
    void costIsCheckedForEachEnvironment() throws Exception {
        JsonNode cost = template().get("cost-check");
        JsonNode environments = cost.get("parallel").get("matrix").get(0).get("DEPLOY_ENVIRONMENT");
        assertEquals("[\"staging\",\"production\"]", environments.toString());
        assertTrue(script(cost).contains("cost-check --env \"$DEPLOY_ENVIRONMENT\""), script(cost));
    }

    @Test
    void eachDeployChecksThePromotionRulesFirstAndRecordsAfter() throws Exception {
        JsonNode pipeline = template();
        String deploy = script(pipeline.get(".deploy"));
        int check = deploy.indexOf("record-deployment --dry-run");
        int step = deploy.indexOf("Deploy the agents");
        int record = deploy.indexOf("$DEPLOYTRACK_REGISTRY_SCRIPT\" record ");
        assertTrue(check >= 0 && step > check && record > step, deploy);
        assertFalse(deploy.contains("|| true"), "no failure of the check or the record is hidden: " + deploy);
        // The check reads the registry on the default branch's tip, not the job's checkout of the validated commit.
        assertTrue(deploy.substring(0, check).contains("$DEPLOYTRACK_REGISTRY_SCRIPT\" read "), deploy);
        assertTrue(deploy.contains("--git-commit \"$CI_COMMIT_SHA\""), "records the validated commit: " + deploy);
        int gated = 0;
        for (JsonNode line : pipeline.get("production request").get("script")) {
            if (line.asText().contains("request --env production") || line.asText().contains("checklist --env")) {
                assertTrue(line.asText().startsWith("bash \"$CI_PROJECT_DIR/$DEPLOYTRACK_REGISTRY_SCRIPT\" read "),
                        "the request reads the registry on the tip: " + line.asText());
                gated++;
            }
        }
        assertEquals(2, gated);
        assertEquals("templates/deploytrack-registry.sh",
                pipeline.get("variables").get("DEPLOYTRACK_REGISTRY_SCRIPT").asText());
        assertEquals("deploytrack-registry", pipeline.get(".deploy").get("resource_group").asText());
        for (String environment : List.of("staging", "production")) {
            JsonNode job = pipeline.get("deploy " + environment);
            assertEquals(".deploy", job.get("extends").asText());
            assertEquals(environment, job.get("environment").get("name").asText());
            assertEquals(environment, job.get("variables").get("DEPLOY_ENVIRONMENT").asText());
        }
    }

    @Test
    void productionIsStartedByHandAndBlocksThePipeline() throws Exception {
        JsonNode pipeline = template();
        JsonNode production = pipeline.get("deploy production");
        JsonNode onDefaultBranch = production.get("rules").get(1);
        assertEquals("manual", onDefaultBranch.get("when").asText());
        assertFalse(onDefaultBranch.get("allow_failure").asBoolean(true));
        assertEquals("production", production.get("environment").get("deployment_tier").asText());
        assertTrue(production.get("needs").toString().contains("production request"), "the request comes first");
        assertTrue(script(pipeline.get("production request")).contains("request --env production"));
        assertTrue(text(pipeline.get("deploy staging").get("rules")).contains("$CI_DEFAULT_BRANCH"));
        assertFalse(pipeline.get("deploy staging").get("rules").toString().contains("manual"));
    }

    @Test
    void driftRunsAsAScheduledPipelineAndNothingElseDoes() throws Exception {
        JsonNode pipeline = template();
        JsonNode monitor = pipeline.get("drift monitor");
        assertTrue(text(monitor.get("rules")).contains("$CI_PIPELINE_SOURCE == \"schedule\""));
        assertTrue(script(monitor).contains("drift --format markdown") && script(monitor).contains("exit \"$status\""),
                script(monitor));
        assertEquals("0", pipeline.get("variables").get("GIT_DEPTH").asText(), "drift reads the whole history");
        List<String> scheduled = new ArrayList<>();
        pipeline.fields().forEachRemaining(entry -> {
            JsonNode job = entry.getValue();
            boolean isJob = !entry.getKey().startsWith(".") && job.isObject() && (job.has("script")
                    || job.has("extends"));
            if (isJob && !neverOnSchedule(pipeline, job)) {
                scheduled.add(entry.getKey());
            }
        });
        assertEquals(List.of("drift monitor"), scheduled);
    }

    /** A job's own rules, or those it extends, start with "never on a schedule" or require a merge request. */
    private static boolean neverOnSchedule(JsonNode pipeline, JsonNode job) {
        JsonNode rules = job.get("rules");
        for (JsonNode parent : job.path("extends").isArray() ? job.get("extends") : List.of(job.path("extends"))) {
            if (rules == null && pipeline.has(parent.asText())) {
                rules = pipeline.get(parent.asText()).get("rules");
            }
        }
        if (rules == null) {
            return false;
        }
        JsonNode first = rules.get(0);
        String condition = first.path("if").asText();
        return condition.equals("$CI_PIPELINE_SOURCE == \"schedule\"") && first.path("when").asText().equals("never")
                || condition.equals("$CI_PIPELINE_SOURCE == \"merge_request_event\"") && rules.size() == 1;
    }

    private static String script(JsonNode job) {
        return text(job.get("script"));
    }

    private static String text(JsonNode lines) {
        StringBuilder text = new StringBuilder();
        for (JsonNode line : lines) {
            // A script line is text; a rule is shown by its condition.
            text.append(line instanceof TextNode ? line.asText() : line.path("if").asText()).append('\n');
        }
        return text.toString();
    }
}
