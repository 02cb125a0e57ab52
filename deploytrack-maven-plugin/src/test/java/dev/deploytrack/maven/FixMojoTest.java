package dev.deploytrack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploytrack:fix}: the core's fixes with Maven's words, on a repository copied to a temporary directory. */
@MojoTest
class FixMojoTest {

    private static final String GOAL = "fix";
    private static final String AGENT = "---\nname: reviewer\ndescription: Reviews code. Use when: a change is ready\n"
            + "---\nReview the diff.\n";
    private static final String AGENT_FIXED = "---\nname: reviewer\ndescription: 'Reviews code. Use when: a change is "
            + "ready'\n---\nReview the diff.\n";

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void pointAt(FixMojo mojo) {
        mojo.directory = repo.toFile();
        mojo.outputDirectory = repo.resolve("target/deploytrack").toFile();
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    void fixesWhatIsCertainLogsItAndPassesWhenNothingIsLeft(FixMojo mojo) throws Exception {
        write(".claude/agents/reviewer.md", AGENT);
        pointAt(mojo);
        mojo.execute();
        assertEquals(AGENT_FIXED, Files.readString(repo.resolve(".claude/agents/reviewer.md")));
        verify(mojo.getLog()).info(eq("Fixed .claude/agents/reviewer.md:3: quote the value of 'description' "
                + "[frontmatter-not-strict-yaml]"));
        verify(mojo.getLog()).info(contains("deploytrack fix: 0 errors, 0 warnings"));
        assertTrue(Files.isRegularFile(repo.resolve("target/deploytrack/deploytrack-fix.json")));
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "dryRun", value = "true")
    void aDryRunLogsTheDiffAndWritesNothing(FixMojo mojo) throws Exception {
        write(".claude/agents/reviewer.md", AGENT);
        pointAt(mojo);
        mojo.execute();
        assertEquals(AGENT, Files.readString(repo.resolve(".claude/agents/reviewer.md")));
        verify(mojo.getLog()).info(eq("-description: Reviews code. Use when: a change is ready"));
        verify(mojo.getLog()).info(eq("+description: 'Reviews code. Use when: a change is ready'"));
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    void anErrorLeftFailsTheBuildAndTheUnsafeFixIsNamedInMavenWords(FixMojo mojo) throws Exception {
        write("skills/MCP Integration/SKILL.md", "---\nname: mcp-integration\ndescription: Connects MCP.\n---\n");
        pointAt(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("deploytrack fix found 1 error(s)"), failure.getMessage());
        verify(mojo.getLog()).info(contains("review them with -Ddeploytrack.fixUnsafe -Ddeploytrack.dryRun and "
                + "apply them with -Ddeploytrack.fixUnsafe"));
        assertTrue(Files.exists(repo.resolve("skills/MCP Integration/SKILL.md")));
    }

    @Test
    @Basedir("/unit/validate-clean")
    @InjectMojo(goal = GOAL)
    @MojoParameter(name = "fixUnsafe", value = "true")
    void fixUnsafeRenamesTheDirectory(FixMojo mojo) throws Exception {
        write("skills/MCP Integration/SKILL.md", "---\nname: mcp-integration\ndescription: Connects MCP.\n---\n");
        pointAt(mojo);
        mojo.execute();
        assertTrue(Files.isRegularFile(repo.resolve("skills/mcp-integration/SKILL.md")));
    }
}
