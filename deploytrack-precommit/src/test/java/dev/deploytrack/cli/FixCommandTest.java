package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --fix}, {@code --fix-unsafe} and {@code --dry-run} on the command line. */
class FixCommandTest {

    private static final String AGENT = "---\nname: reviewer\ndescription: Reviews code. Use when: a change is ready\n"
            + "---\nReview the diff.\n";
    private static final String AGENT_FIXED = "---\nname: reviewer\ndescription: 'Reviews code. Use when: a change is "
            + "ready'\n---\nReview the diff.\n";
    private static final String SKILL = "---\nname: mcp-integration\ndescription: Connects MCP servers.\n---\n";

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String read(String path) throws IOException {
        return Files.readString(repo.resolve(path));
    }

    @Test
    void fixAppliesTheSafeFixesReportsWhatIsLeftAndNamesTheUnsafeOnes() throws IOException {
        write(".claude/agents/reviewer.md", AGENT);
        write("skills/MCP Integration/SKILL.md", SKILL);
        CliRun run = CliRun.run(repo, "validate", "--fix");
        assertEquals(1, run.exitCode(), run.out() + run.err()); // the directory's name is still an error
        assertEquals(AGENT_FIXED, read(".claude/agents/reviewer.md"));
        assertTrue(run.out().contains("fixed .claude/agents/reviewer.md:3: quote the value of 'description' "
                + "[frontmatter-not-strict-yaml]"), run.out());
        assertTrue(run.out().contains("1 fix applied in 1 file; checking again"), run.out());
        assertTrue(run.out().contains("1 unsafe fix was not applied"), run.out());
        assertTrue(run.out().contains("review them with --fix-unsafe --dry-run"), run.out());
        assertTrue(run.out().contains("[skill-name-directory]"), run.out());
        assertFalse(run.out().contains(": warning: the frontmatter is not valid YAML"), run.out());
        assertTrue(Files.exists(repo.resolve("skills/MCP Integration/SKILL.md")), "renamed without --fix-unsafe");
    }

    @Test
    void fixUnsafeAlsoRenamesAndExitsZeroWhenNothingIsLeft() throws IOException {
        write(".claude/agents/reviewer.md", AGENT);
        write("skills/MCP Integration/SKILL.md", SKILL);
        CliRun run = CliRun.run(repo, "validate", "--fix-unsafe");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(SKILL, read("skills/mcp-integration/SKILL.md"));
        assertFalse(Files.exists(repo.resolve("skills/MCP Integration")));
        assertEquals(AGENT_FIXED, read(".claude/agents/reviewer.md"));
        assertTrue(run.out().contains("rename the directory 'skills/MCP Integration' to 'skills/mcp-integration'"),
                run.out());
        assertTrue(run.out().contains("0 errors, 0 warnings"), run.out());
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
        write(".claude/agents/reviewer.md", AGENT);
        byte[] before = Files.readAllBytes(repo.resolve(".claude/agents/reviewer.md"));
        CliRun run = CliRun.run(repo, "validate", "--fix", "--dry-run");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertArrayEquals(before, Files.readAllBytes(repo.resolve(".claude/agents/reviewer.md")));
        assertTrue(run.out().startsWith("""
                --- a/.claude/agents/reviewer.md
                +++ b/.claude/agents/reviewer.md
                @@ -1,5 +1,5 @@
                 ---
                 name: reviewer
                -description: Reviews code. Use when: a change is ready
                +description: 'Reviews code. Use when: a change is ready'
                 ---
                 Review the diff.
                """), run.out());
        assertTrue(run.out().contains("dry run: 1 fix in 1 file would be applied; nothing was written"), run.out());
    }

    @Test
    void dryRunOfAnUnsafeRenameShowsItAndRenamesNothing() throws IOException {
        write("skills/MCP Integration/SKILL.md", SKILL);
        CliRun run = CliRun.run(repo, "validate", "--fix-unsafe", "--dry-run");
        assertTrue(run.out().contains("rename from skills/MCP Integration\nrename to skills/mcp-integration\n"),
                run.out());
        assertTrue(Files.exists(repo.resolve("skills/MCP Integration/SKILL.md")));
    }

    @Test
    void aSecretOnALineTheFixTouchesIsRedactedInTheDiff() throws IOException {
        String token = "glpat-" + "Zq8Xv2Lm4Nw6Rt1Yb3Hc";
        write(".mcp.json", "{\"mcpServers\": {\"gl\": {\"command\": \"npx\", \"args\": [\"-y\", \"x@1.0.0\"], "
                + "\"env\": {\"GITLAB_TOKEN\": \"" + token + "\"},}}}\n");
        CliRun run = CliRun.run(repo, "validate", "--fix", "--dry-run");
        assertTrue(run.out().contains("--- a/.mcp.json"), run.out());
        assertTrue(run.out().contains("\n-{\"mcpServers\""), run.out());
        assertFalse(run.out().contains(token.substring(6)), run.out());
        assertFalse(run.err().contains(token.substring(6)), run.err());
        assertTrue(read(".mcp.json").contains(token), "the dry run wrote the file");
    }

    @Test
    void fixKeepsCrlfLineEndingsAndTheByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String crlf = AGENT.replace("\n", "\r\n");
        Path file = repo.resolve(".claude/agents/reviewer.md");
        Files.createDirectories(file.getParent());
        Files.write(file, concat(bom, crlf.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, CliRun.run(repo, "validate", "--fix").exitCode());
        assertArrayEquals(concat(bom, AGENT_FIXED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(file));
    }

    @Test
    void dryRunNeedsFixAndAMachineReportNeedsAFile() throws IOException {
        write(".claude/agents/reviewer.md", AGENT);
        CliRun alone = CliRun.run(repo, "validate", "--dry-run");
        assertEquals(2, alone.exitCode());
        assertTrue(alone.err().contains("--dry-run shows what --fix or --fix-unsafe would change"), alone.err());
        CliRun json = CliRun.run(repo, "validate", "--fix", "--dry-run", "--format", "json");
        assertEquals(2, json.exitCode());
        assertTrue(json.err().contains("--output FILE"), json.err());
    }

    @Test
    void aJsonReportAfterFixingStaysParseableOnStandardOutput() throws IOException {
        write(".claude/agents/reviewer.md", AGENT);
        CliRun run = CliRun.run(repo, "validate", "--fix", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().strip().startsWith("{"), run.out());
        assertTrue(run.err().contains("fixed .claude/agents/reviewer.md:3"), run.err());
    }

    @Test
    void aSingleFileIsFixedInPlace() throws IOException {
        write("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Fills PDF forms.\nallowed-tools:\n  - Read\n---\n");
        CliRun run = CliRun.run(repo, "validate", "--fix", "skills/pdf/SKILL.md");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("---\nname: pdf\ndescription: Fills PDF forms.\nallowed-tools: Read\n---\n",
                read("skills/pdf/SKILL.md"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
