package dev.deploytrack.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.workspace.Glob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fix keeps (every byte it does not name), what it refuses (files that changed, links, .git, excludes) and
 * that fixing twice changes nothing the second time.
 */
class FixerTest {

    @TempDir
    Path repo;

    private Path write(String path, String content) throws IOException {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String path, byte[] content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Fixer.Outcome fix(boolean unsafe) throws IOException {
        Fixer fixer = new Fixer(DeploytrackConfig.defaults(), unsafe);
        return fixer.apply(fixer.plan(repo));
    }

    @Test
    void onlyTheValueChangesCommentsOrderCrlfBomAndTheMissingFinalNewlineStay() throws IOException {
        String before = "\uFEFF---\r\n# who reviews\r\nname: reviewer\r\n"
                + "description: Reviews code. Use when: a change is ready\r\ntools:\r\n  - Read   # reads only\r\n"
                + "  - Grep\r\nmodel: sonnet\r\n---\r\nReview the diff: line by line.\r\nNo final newline";
        Path file = write(".claude/agents/reviewer.md", before);
        fix(false);
        String expected = before.replace("description: Reviews code. Use when: a change is ready",
                "description: 'Reviews code. Use when: a change is ready'");
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void quotingAValueWithACommentIsUnsafe() throws IOException {
        String before = "---\nname: reviewer   # shown in /agents\ndescription: Use when: ready\n---\n";
        Path file = write(".claude/agents/reviewer.md", before);
        Fixer.Plan plan = new Fixer(DeploytrackConfig.defaults(), false).plan(repo);
        assertEquals(List.of(), plan.changes());
        assertEquals(1, plan.unsafeNotApplied());
        fix(true);
        assertEquals("---\nname: 'reviewer   # shown in /agents'\ndescription: 'Use when: ready'\n---\n",
                Files.readString(file));
    }

    @Test
    void fixingTwiceChangesNothingTheSecondTime() throws IOException {
        write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Use when: ready\n---\n");
        write(".claude/skills/ship/SKILL.md", "---\nname: ship\ndescription: Ships.\nuser-invocable: \"yes\"\n"
                + "allowed-tools:\n  - Read   # reading only\n---\n");
        fix(true);
        byte[] agent = Files.readAllBytes(repo.resolve(".claude/agents/reviewer.md"));
        byte[] skill = Files.readAllBytes(repo.resolve(".claude/skills/ship/SKILL.md"));
        Fixer.Plan again = new Fixer(DeploytrackConfig.defaults(), true).plan(repo);
        assertEquals(List.of(), again.changes());
        assertArrayEquals(agent, Files.readAllBytes(repo.resolve(".claude/agents/reviewer.md")));
        assertArrayEquals(skill, Files.readAllBytes(repo.resolve(".claude/skills/ship/SKILL.md")));
        assertEquals("---\nname: ship\ndescription: Ships.\nuser-invocable: true\nallowed-tools: Read   # reading "
                + "only\n---\n", Files.readString(repo.resolve(".claude/skills/ship/SKILL.md")));
    }

    @Test
    void positionsCountCharactersBeyondTheBasicPlaneOnce() throws IOException {
        Path file = write(".claude/skills/ship/SKILL.md", "---\nname: ship\ndescription: \uD83D\uDE80 Ships \uD83D\uDE80 "
                + "releases.\nuser-invocable: \"true\"\n---\n");
        fix(false);
        assertEquals("---\nname: ship\ndescription: \uD83D\uDE80 Ships \uD83D\uDE80 releases.\nuser-invocable: true"
                + "\n---\n", Files.readString(file));
    }

    @Test
    void aCommaInsideAStringIsNotATrailingComma() throws IOException {
        Path file = write(".mcp.json", "{\"mcpServers\": {\"x\": {\"command\": \"run,]\", \"args\": [\"a,}\",],},}}");
        fix(false);
        assertEquals("{\"mcpServers\": {\"x\": {\"command\": \"run,]\", \"args\": [\"a,}\"]}}}", Files.readString(file));
    }

    @Test
    void jsoncFilesKeepTheirTrailingCommas() throws IOException {
        String jsonc = "{\n  // comments and trailing commas are JSONC\n  \"servers\": {\"x\": {\"command\": \"x\",},},\n}\n";
        Path file = write(".vscode/mcp.json", jsonc);
        Fixer.Plan plan = new Fixer(DeploytrackConfig.defaults(), true).plan(repo);
        assertEquals(List.of(), plan.changes());
        assertEquals(jsonc, Files.readString(file));
    }

    @Test
    void aFileChangedAfterItWasReadIsNotOverwritten() throws IOException {
        Path file = write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Use when: ready\n---\n");
        Fixer fixer = new Fixer(DeploytrackConfig.defaults(), false);
        Fixer.Plan plan = fixer.plan(repo);
        assertEquals(1, plan.changes().size());
        String edited = "---\nname: reviewer\ndescription: edited meanwhile\n---\n";
        Files.writeString(file, edited);
        Fixer.Outcome outcome = fixer.apply(plan);
        assertEquals(List.of(), outcome.written());
        assertEquals(1, outcome.refused().size());
        assertTrue(outcome.refused().get(0).reason().contains("changed since deploytrack read it"));
        assertEquals(edited, Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "a temporary file was left behind");
        }
    }

    @Test
    void filesAreNotWrittenThroughSymbolicLinksAndLinksOutOfTheRepositoryAreNotFollowed(@TempDir Path outside)
            throws IOException {
        String broken = "---\nname: reviewer\ndescription: Use when: ready\n---\n";
        Path elsewhere = outside.resolve("agent.md");
        Files.writeString(elsewhere, broken);
        Files.createDirectories(repo.resolve(".claude/agents"));
        Files.createSymbolicLink(repo.resolve(".claude/agents/outside.md"), elsewhere);
        Path real = write("docs/agent.md", broken);
        Files.createSymbolicLink(repo.resolve(".claude/agents/inside.md"), real);
        Fixer.Outcome outcome = fix(false);
        assertEquals(broken, Files.readString(elsewhere));
        assertTrue(Files.isSymbolicLink(repo.resolve(".claude/agents/inside.md")));
        assertEquals(broken, Files.readString(real));
        assertEquals(1, outcome.refused().size(), outcome.refused().toString());
        assertEquals(".claude/agents/inside.md", outcome.refused().get(0).path());
        assertTrue(outcome.refused().get(0).reason().contains("symbolic link"), outcome.refused().toString());
    }

    @Test
    void gitExcludedAndOutsidePathsAreRefused() throws IOException {
        write(".git/config.md", "x");
        write("vendor/a.md", "x");
        write("ok/a.md", "x");
        FileRewrite rewrite = new FileRewrite(repo, List.of(Glob.of("vendor/**")));
        assertTrue(rewrite.refusal(".git/config.md").contains(".git"));
        assertTrue(rewrite.refusal("sub/.git/HEAD").contains(".git"));
        assertTrue(rewrite.refusal("vendor/a.md").contains("excluded"));
        assertTrue(rewrite.refusal("../a.md").contains("leaves the repository"));
        assertNotNull(rewrite.refusal("missing.md"));
        assertNull(rewrite.refusal("ok/a.md"));
    }

    @Test
    void excludedFilesAreNeitherCheckedNorFixed() throws Exception {
        String broken = "---\nname: reviewer\ndescription: Use when: ready\n---\n";
        Path file = write("vendor/.claude/agents/reviewer.md", broken);
        write("deploytrack.yml", "exclude:\n  - vendor/**\n");
        Fixer fixer = new Fixer(ConfigLoader.load(repo, null), false);
        fixer.apply(fixer.plan(repo));
        assertEquals(broken, Files.readString(file));
    }

    @Test
    void aFileThatIsNotUtf8IsLeftAsItIs() throws IOException {
        byte[] latin1 = "---\nname: reviewer\ndescription: Caf\u00e9 reviews. Use when: ready\n---\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = write(".claude/agents/reviewer.md", latin1);
        Fixer.Outcome outcome = fix(false);
        assertArrayEquals(latin1, Files.readAllBytes(file));
        assertTrue(outcome.refused().isEmpty() || outcome.refused().get(0).reason().contains("UTF-8"));
    }

    @Test
    void theExecutableBitSurvivesTheRewrite() throws IOException {
        Path file = write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Use when: ready\n---\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        fix(false);
        assertEquals("rwxr-x---", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }
}
