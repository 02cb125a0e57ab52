package dev.deploytrack.drift;

import static dev.deploytrack.drift.DriftRepo.agent;
import static dev.deploytrack.drift.DriftRepo.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.RegistryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift model on fixture repositories built commit by commit: what counts as a change of an agent, and how long
 * it has waited. Each case is one way teams change code.
 */
class DriftCheckTest {

    private static final String REVIEW = ".claude/skills/code-review/SKILL.md";
    private static final String REVIEW_RULES = ".claude/skills/code-review/rules.md";

    @TempDir
    Path directory;

    DriftRepo repo;
    String deployed;

    /** code-review 1.0.0 and the application, both deployed to production from the same commit. */
    @BeforeEach
    void deployed() throws Exception {
        repo = new DriftRepo(directory);
        deployed = repo.commit("Add the review skill", Map.of(REVIEW, skill("code-review", "1.0.0", "Review."),
                REVIEW_RULES, "- no secrets\n", "src/App.java", "class App {}\n", "README.md", "# Shop\n"));
        repo.deployApp("production", deployed);
        repo.deploy("production", deployed, "code-review@1.0.0");
    }

    @Test
    void commitsThatTouchOnlyDocsOrOtherCodeAreNeverDrift() throws Exception {
        repo.commit("Document the shop", Map.of("README.md", "# Shop\n\nSells things.\n", "docs/guide.md", "x\n"));
        repo.commit("Refactor the app", Map.of("src/App.java", "final class App {}\n"));
        DriftReport report = repo.drift("production");
        DriftReport.Agent review = agent(report, "production", "code-review");
        assertEquals(DriftStatus.IN_SYNC, review.status());
        assertEquals(List.of(), review.changes());
        assertFalse(report.failed());
        assertEquals(List.of(".claude/skills/code-review/"), review.paths());
    }

    @Test
    void aChangeToAnyFileOfTheSkillIsDriftWithItsAge() throws Exception {
        repo.clock.advance(Duration.ofHours(1));
        String change = repo.commit("Stricter review rules", Map.of(REVIEW_RULES, "- no secrets\n- no TODOs\n"));
        repo.clock.advance(Duration.ofHours(3));
        DriftReport report = repo.drift("production");
        DriftReport.Agent review = agent(report, "production", "code-review");
        assertEquals(DriftStatus.DRIFTED, review.status());
        assertEquals(List.of(change), review.changes().stream().map(DriftReport.Change::commit).toList());
        assertEquals("Stricter review rules", review.changes().get(0).subject());
        assertEquals(Duration.ofHours(3), review.age());
        assertTrue(review.pastLimit(), "production's default limit is one hour");
        assertTrue(report.failed());
        assertEquals(deployed, review.deployedCommit());
    }

    @Test
    void aChangeAndItsRevertIsNoDrift() throws Exception {
        String change = repo.commit("Try a new tone", Map.of(REVIEW, skill("code-review", "1.0.0", "Review kindly.")));
        repo.git("revert", "--no-edit", change);
        repo.commit("Unrelated", Map.of("src/App.java", "class App { }\n"));
        DriftReport.Agent review = agent(repo.drift("production"), "production", "code-review");
        assertEquals(DriftStatus.IN_SYNC, review.status());
    }

    @Test
    void afterARevertOnlyTheChangesSinceTheContentWasAsDeployedAreWaiting() throws Exception {
        String first = repo.commit("Try a new tone", Map.of(REVIEW, skill("code-review", "1.0.0", "Review kindly.")));
        repo.clock.advance(Duration.ofDays(2));
        repo.git("revert", "--no-edit", first);
        repo.clock.advance(Duration.ofDays(1));
        String second = repo.commit("Version 1.1.0", Map.of(REVIEW, skill("code-review", "1.1.0", "Review.")));
        repo.clock.advance(Duration.ofMinutes(30));
        DriftReport.Agent review = agent(repo.drift("production"), "production", "code-review");
        assertEquals(DriftStatus.DRIFTED, review.status());
        assertEquals(List.of(second), review.changes().stream().map(DriftReport.Change::commit).toList(),
                "the change and its revert three days ago are not waiting");
        assertEquals(Duration.ofMinutes(30), review.age());
        assertFalse(review.pastLimit());
        assertEquals("1.1.0", review.targetVersion());
    }

    @Test
    void aMergedBranchCountsOnceFromWhenItLanded() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("Rule one", Map.of(REVIEW_RULES, "- no secrets\n- rule one\n"));
        repo.commit("Rule two", Map.of(REVIEW_RULES, "- no secrets\n- rule one\n- rule two\n"));
        repo.clock.advance(Duration.ofDays(10));
        repo.git("checkout", "-q", "main");
        repo.commit("Docs meanwhile", Map.of("docs/a.md", "a\n"));
        repo.clock.advance(Duration.ofMinutes(1));
        repo.git("merge", "-q", "--no-ff", "-m", "Merge pull request #7 from shop/feature", "feature");
        String merge = repo.head();
        repo.clock.advance(Duration.ofMinutes(20));
        DriftReport.Agent review = agent(repo.drift("production"), "production", "code-review");
        assertEquals(DriftStatus.DRIFTED, review.status());
        assertEquals(1, review.changes().size(), "one change reached main: " + review.changes());
        DriftReport.Change change = review.changes().get(0);
        assertEquals(merge, change.commit());
        assertTrue(change.merge());
        assertEquals(Duration.ofMinutes(20), review.age(), "from the merge, not from the branch's commits 10 days ago");
        assertFalse(review.pastLimit());
    }

    @Test
    void aSquashMergeCountsOnce() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("Rule one", Map.of(REVIEW_RULES, "- no secrets\n- rule one\n"));
        repo.commit("Rule two", Map.of(REVIEW_RULES, "- no secrets\n- rule one\n- rule two\n"));
        repo.git("checkout", "-q", "main");
        repo.clock.advance(Duration.ofDays(3));
        repo.git("merge", "-q", "--squash", "feature");
        String squash = repo.commitStaged("Review rules (#8)");
        repo.clock.advance(Duration.ofHours(2));
        DriftReport.Agent review = agent(repo.drift("production"), "production", "code-review");
        assertEquals(List.of(squash), review.changes().stream().map(DriftReport.Change::commit).toList());
        assertFalse(review.changes().get(0).merge());
        assertEquals(Duration.ofHours(2), review.age());
        assertTrue(review.pastLimit());
    }

    @Test
    void aDeployedCommitGoneFromHistoryIsAFindingNotACrash() throws Exception {
        String lost = repo.commit("Rules on a branch later force-pushed", Map.of(REVIEW_RULES, "- lost\n"));
        repo.deploy("production", lost, "code-review@1.0.1");
        repo.git("reset", "-q", "--hard", deployed);
        repo.commit("Rules again", Map.of(REVIEW_RULES, "- found\n"));
        DriftReport.Agent stillThere = agent(repo.drift("production"), "production", "code-review");
        assertEquals(DriftStatus.DRIFTED, stillThere.status(), "the object is still in the repository");
        assertTrue(stillThere.note().contains("not in the history of the target"), stillThere.note());
        assertNull(stillThere.age(), "how long cannot be told");
        assertTrue(stillThere.pastLimit(), "so it counts as past the limit");

        repo.git("reflog", "expire", "--expire=now", "--all");
        repo.git("gc", "-q", "--prune=now");
        DriftReport report = repo.drift("production");
        DriftReport.Agent gone = agent(report, "production", "code-review");
        assertEquals(DriftStatus.UNKNOWN, gone.status());
        assertTrue(gone.note().contains("not in this repository"), gone.note());
        assertTrue(gone.pastLimit());
        assertTrue(report.failed());
        assertTrue(DriftReportWriter.text(report).contains("cannot tell"), DriftReportWriter.text(report));
    }

    @Test
    void aRecordedCommitThatIsNoCommitIdIsNeverHandedToGit() throws Exception {
        Path written = directory.resolve("written-by-git");
        // Text git resolves through a tag (refs/tags/--output=FILE), and that a git log given it would obey as an
        // option.
        repo.git("update-ref", "refs/tags/--output=" + written, deployed);
        repo.commit("Rules", Map.of(REVIEW_RULES, "- more\n"));
        // record-deployment refuses such a commit; a registry file edited to hold one is refused when it is read.
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> repo.deploy(
                "production", "--output=" + written, "code-review@1.0.1"));
        assertTrue(refused.getMessage().contains("is not a commit id"), refused.getMessage());
        String marker = "0123456789abcdef0123456789abcdef01234567";
        repo.deploy("production", marker, "code-review@1.0.1");
        Files.writeString(repo.registryFile, Files.readString(repo.registryFile).replace(marker,
                "--output=" + written));
        RegistryException invalid = assertThrows(RegistryException.class, () -> repo.drift("production"));
        assertTrue(invalid.getMessage().contains("has git_commit '--output=" + written + "', which is not a "
                + "commit id"), invalid.getMessage());
        assertFalse(Files.exists(written), "git was given the recorded text as an option");
    }

    @Test
    void anAgentNeverDeployedToAnEnvironmentTheProjectUses() throws Exception {
        repo.clock.advance(Duration.ofHours(5));
        String added = repo.commit("Add the release-notes agent", Map.of(".claude/agents/release-notes.md",
                "---\nname: release-notes\ndescription: Writes notes.\nversion: 0.1.0\n---\nWrite notes.\n"));
        repo.clock.advance(Duration.ofHours(2));
        DriftReport report = repo.drift();
        DriftReport.Agent notes = agent(report, "production", "release-notes");
        assertEquals(DriftStatus.NEVER_DEPLOYED, notes.status());
        assertEquals(List.of(added), notes.changes().stream().map(DriftReport.Change::commit).toList());
        assertEquals(Duration.ofHours(2), notes.age());
        assertTrue(notes.pastLimit());
        assertEquals(List.of(".claude/agents/release-notes.md"), notes.paths());
        DriftReport.Environment development = report.environments().get(0);
        assertEquals("development", development.name());
        assertTrue(development.note().contains("nothing of shop was deployed to development"), development.note());
        assertEquals(List.of(), development.agents());
    }

    @Test
    void aRenamedSkillDirectoryIsNotDriftUntilItsContentChanges() throws Exception {
        java.nio.file.Files.createDirectories(repo.root.resolve("skills"));
        repo.git("mv", ".claude/skills/code-review", "skills/code-review");
        String moved = repo.commitStaged("Move the skills");
        DriftReport.Agent review = agent(repo.drift("production"), "production", "code-review");
        assertEquals(DriftStatus.IN_SYNC, review.status());
        assertEquals(List.of("skills/code-review/"), review.paths());
        assertTrue(review.note().contains("moved from .claude/skills/code-review/"), review.note());

        repo.clock.advance(Duration.ofHours(4));
        String changed = repo.commit("Sharper rules", Map.of("skills/code-review/rules.md", "- sharper\n"));
        review = agent(repo.drift("production"), "production", "code-review");
        assertEquals(DriftStatus.DRIFTED, review.status());
        assertEquals(List.of(changed), review.changes().stream().map(DriftReport.Change::commit).toList(),
                "the move itself changed nothing deployed: " + moved);
    }

    @Test
    void aRemovedAgentIsStillDeployedUntilTheRemovalIs() throws Exception {
        Map<String, String> removal = new HashMap<>();
        removal.put(REVIEW, null);
        removal.put(REVIEW_RULES, null);
        String removed = repo.commit("Retire the review skill", removal);
        DriftReport.Agent review = agent(repo.drift("production"), "production", "code-review");
        assertEquals(DriftStatus.REMOVED, review.status());
        assertEquals(List.of(removed), review.changes().stream().map(DriftReport.Change::commit).toList());
    }

    @Test
    void againstTheApplicationEachEnvironmentIsComparedWithWhatItsApplicationRuns() throws Exception {
        String rules = repo.commit("Stricter rules", Map.of(REVIEW_RULES, "- stricter\n"));
        repo.clock.advance(Duration.ofHours(2));
        DriftReport beforeTheApp = repo.drift(DriftSettings.defaults(), null, true, null, "production");
        assertEquals(DriftStatus.IN_SYNC, agent(beforeTheApp, "production", "code-review").status(),
                "the application still runs the deployed commit");
        assertEquals(deployed, beforeTheApp.environments().get(0).targetCommit());

        repo.deployApp("production", rules);
        DriftReport after = repo.drift(DriftSettings.defaults(), null, true, null, "production");
        DriftReport.Agent review = agent(after, "production", "code-review");
        assertEquals(DriftStatus.DRIFTED, review.status());
        assertEquals(rules, after.environments().get(0).targetCommit());
        assertTrue(review.gap().compareTo(Duration.ofHours(2)) > 0, "the application went out after the agent: "
                + review.gap());
        assertTrue(review.pastLimit());
        DriftReport staging = repo.drift(DriftSettings.defaults(), null, true, null, "staging");
        assertTrue(staging.environments().get(0).note().contains("nothing of shop was deployed to staging"));
    }

    @Test
    void limitsComeFromTheOptionThenTheEnvironmentThenTheDefault() throws Exception {
        repo.deploy("staging", deployed, "code-review@1.0.0");
        repo.commit("Change", Map.of(REVIEW_RULES, "- changed\n"));
        repo.clock.advance(Duration.ofMinutes(30));
        DriftReport defaults = repo.drift("staging", "production");
        assertFalse(agent(defaults, "staging", "code-review").pastLimit(), "no limit outside production by default");
        assertFalse(agent(defaults, "production", "code-review").pastLimit(), "30m is within production's 1h");
        assertNull(defaults.environments().get(0).maxAge());

        DriftSettings configured = new DriftSettings(Duration.ofMinutes(10), Map.of("production", Duration.ofDays(1)),
                "app", Map.of());
        DriftReport report = repo.drift(configured, null, false, null, "staging", "production");
        assertTrue(agent(report, "staging", "code-review").pastLimit(), "drift.max-age applies to staging");
        assertFalse(agent(report, "production", "code-review").pastLimit(), "production's own limit wins");

        DriftReport zero = repo.drift(configured, null, false, Duration.ZERO, "production");
        assertTrue(agent(zero, "production", "code-review").pastLimit(), "--max-age 0: any drift fails");
    }

    @Test
    void configuredPathsMakeAnAgentOfAnyFiles() throws Exception {
        repo.commit("Support prompt", Map.of("prompts/support.md", "Be helpful.\n"));
        String prompt = repo.head();
        repo.deploy("production", prompt, "support-bot@1.0.0");
        DriftSettings settings = new DriftSettings(null, Map.of(), "app", Map.of("support-bot",
                List.of("prompts/support.md")));
        assertEquals(DriftStatus.IN_SYNC, agent(repo.drift(settings, null, false, null, "production"), "production",
                "support-bot").status());
        repo.commit("Friendlier", Map.of("prompts/support.md", "Be very helpful.\n"));
        DriftReport.Agent bot = agent(repo.drift(settings, null, false, null, "production"), "production",
                "support-bot");
        assertEquals(DriftStatus.DRIFTED, bot.status());
        assertEquals(List.of("prompts/support.md"), bot.paths());
    }

    @Test
    void aShallowCloneWithoutTheDeployedCommitStopsWithWhatToFetch() throws Exception {
        repo.commit("Later", Map.of("README.md", "later\n"));
        repo.commit("Latest", Map.of("README.md", "latest\n"));
        Path clone = directory.resolve("shallow");
        dev.deploytrack.git.TestGit.run(directory, "clone", "-q", "--depth", "1", "file://" + repo.root, "shallow");
        DriftException e = assertThrows(DriftException.class, () -> new DriftCheck(GitHistory.open(clone),
                repo.registry(), repo.settings, DriftSettings.defaults(), repo.clock)
                .run(new DriftCheck.Request("shop", "", List.of("production"), null, false, null)));
        assertTrue(e.getMessage().contains("not in this shallow clone"), e.getMessage());
        assertTrue(e.hint().toString().contains("fetch-depth: 0"), e.hint().toString());
    }

    @Test
    void anUnknownRevisionOrProjectIsAUsageProblem() throws Exception {
        DriftException revision = assertThrows(DriftException.class,
                () -> repo.drift(DriftSettings.defaults(), "no-such-branch", false, null));
        assertTrue(revision.getMessage().contains("'no-such-branch'"), revision.getMessage());
        DriftException project = assertThrows(DriftException.class, () -> new DriftCheck(GitHistory.open(repo.root),
                repo.registry(), repo.settings, DriftSettings.defaults(), repo.clock)
                .run(new DriftCheck.Request("other", "", List.of(), null, false, null)));
        assertTrue(project.getMessage().contains("no deployment of other"), project.getMessage());
    }
}
