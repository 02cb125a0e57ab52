package dev.deploytrack.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitWorkspaceTest {

    @TempDir
    Path root;

    @Test
    void aRevisionWrittenAsAnOptionIsRefusedBeforeGitSeesIt() throws Exception {
        TestGit.run(root, "init", "-q");
        TestGit.write(root, "AGENTS.md", "# Agents\n");
        TestGit.run(root, "add", "-A");
        TestGit.run(root, "commit", "-q", "-m", "first");
        Git git = new Git(root);
        CommitWorkspace head = CommitWorkspace.open(git, "HEAD", "", root, List.of());
        assertEquals(List.of("AGENTS.md"), head.files());
        GitException refused = assertThrows(GitException.class,
                () -> CommitWorkspace.open(git, "--output=" + root.resolve("written"), "", root, List.of()));
        assertTrue(refused.getMessage().contains("is not a commit"), refused.getMessage());
        assertFalse(Files.exists(root.resolve("written")));
    }
}
