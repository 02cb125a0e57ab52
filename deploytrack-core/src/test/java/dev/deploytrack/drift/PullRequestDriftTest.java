package dev.deploytrack.drift;

import static dev.deploytrack.drift.DriftRepo.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift --base --head}: the agents a pull request changes, and where each must be deployed after merge. */
class PullRequestDriftTest {

    private static final String REVIEW = ".claude/skills/code-review/SKILL.md";

    @TempDir
    Path directory;

    DriftRepo repo;

    @BeforeEach
    void deployed() throws Exception {
        repo = new DriftRepo(directory);
        String first = repo.commit("Add the review skill", Map.of(REVIEW, skill("code-review", "1.0.0", "Review."),
                "README.md", "# Shop\n"));
        repo.deployApp("staging", first);
        repo.deploy("staging", first, "code-review@1.0.0");
        repo.deployApp("production", first);
        repo.deploy("production", first, "code-review@1.0.0");
        repo.git("checkout", "-q", "-b", "feature");
    }

    PullRequestDrift.Report pullRequest() throws Exception {
        return new PullRequestDrift(GitHistory.open(repo.root), repo.registry(), repo.settings,
                DriftSettings.defaults()).run("shop", "", "main", "feature");
    }

    @Test
    void theAgentsAChangeTouchesAndWhereEachGoesAfterTheMerge() throws Exception {
        repo.commit("Review 1.1.0 and a release-notes agent", Map.of(
                REVIEW, skill("code-review", "1.1.0", "Review carefully."),
                ".claude/skills/code-review/examples.md", "example\n",
                ".claude/agents/release-notes.md", "---\nname: release-notes\ndescription: Notes.\nversion: 0.1.0\n"
                        + "---\nWrite.\n",
                "README.md", "# Shop\n\nMore.\n"));
        repo.git("checkout", "-q", "main");
        repo.commit("Docs on main meanwhile", Map.of("docs/x.md", "x\n"));

        PullRequestDrift.Report report = pullRequest();
        assertEquals(List.of("code-review", "release-notes"), report.agents().stream()
                .map(PullRequestDrift.Touched::id).toList());
        PullRequestDrift.Touched review = report.agents().get(0);
        assertEquals("changed", review.change());
        assertEquals(List.of(".claude/skills/code-review/SKILL.md", ".claude/skills/code-review/examples.md"),
                review.files());
        assertEquals(List.of(new PullRequestDrift.Need("staging", "1.0.0"),
                new PullRequestDrift.Need("production", "1.0.0")), review.environments());
        assertNull(review.note(), "the version was raised");
        PullRequestDrift.Touched notes = report.agents().get(1);
        assertEquals("added", notes.change());
        assertEquals(List.of(new PullRequestDrift.Need("staging", null), new PullRequestDrift.Need("production",
                null)), notes.environments(), "a new agent goes wherever the project deploys");
        assertEquals(List.of("staging", "production"), report.environments(repo.settings));

        String comment = PullRequestReportWriter.markdown(report, repo.settings);
        assertTrue(comment.startsWith(PullRequestReportWriter.COMMENT_MARKER + "\n"), comment);
        assertTrue(comment.contains("| code-review | changed: 2 files | 1.0.0 → 1.1.0 | staging (runs 1.0.0), "
                + "production (runs 1.0.0) |"), comment);
        assertTrue(comment.contains("deploy them to staging, production"), comment);
        JsonNode json = new ObjectMapper().readTree(PullRequestReportWriter.json(report, repo.settings));
        assertTrue(json.get("requires_deployment").asBoolean());
        assertEquals("release-notes", json.get("agents").get(1).get("id").asText());
    }

    @Test
    void aChangeToAnAgentWithoutARaisedVersionSaysSo() throws Exception {
        repo.commit("Tone", Map.of(REVIEW, skill("code-review", "1.0.0", "Review kindly.")));
        PullRequestDrift.Touched review = pullRequest().agents().get(0);
        assertTrue(review.note().contains("its version is still 1.0.0"), review.note());
    }

    @Test
    void aPullRequestThatTouchesNoAgentNeedsNoDeployment() throws Exception {
        repo.commit("Docs", Map.of("README.md", "# Shop\n\nDocs only.\n", "src/Main.java", "class Main {}\n"));
        repo.git("checkout", "-q", "main");
        repo.commit("An agent change on main after the fork is not this pull request's",
                Map.of(REVIEW, skill("code-review", "1.0.1", "Review.")));
        PullRequestDrift.Report report = pullRequest();
        assertEquals(List.of(), report.agents());
        assertTrue(PullRequestReportWriter.markdown(report, repo.settings).contains("nothing to deploy after the "
                + "merge"));
        assertFalse(new ObjectMapper().readTree(PullRequestReportWriter.json(report, repo.settings))
                .get("requires_deployment").asBoolean());
    }
}
