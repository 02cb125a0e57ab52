package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitsTest {

    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String C = "c".repeat(40);

    @TempDir
    Path root;

    @Test
    void theCiVariableWins() {
        assertEquals(Optional.of(A), GitCommits.detect(root, Map.of("GITHUB_SHA", A)));
        assertEquals(Optional.of(B), GitCommits.detect(null, Map.of("CI_COMMIT_SHA", B, "GITHUB_SHA", "not-a-sha")));
        assertEquals(Optional.empty(), GitCommits.detect(null, Map.of()));
    }

    @Test
    void headIsReadFromLooseAndPackedRefsAndFromAWorktree() throws Exception {
        Path git = Files.createDirectories(root.resolve("repo/.git/refs/heads"));
        Files.writeString(root.resolve("repo/.git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("main"), A + "\n");
        Path nested = Files.createDirectories(root.resolve("repo/services/api"));
        assertEquals(Optional.of(A), GitCommits.detect(nested, Map.of()));

        Files.delete(git.resolve("main"));
        Files.writeString(root.resolve("repo/.git/packed-refs"), "# pack-refs with: peeled\n" + B
                + " refs/heads/main\n");
        assertEquals(Optional.of(B), GitCommits.detect(nested, Map.of()));

        Path worktreeGit = Files.createDirectories(root.resolve("repo/.git/worktrees/wt"));
        Files.writeString(worktreeGit.resolve("HEAD"), C + "\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(root.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGit + "\n");
        assertEquals(Optional.of(C), GitCommits.detect(worktree, Map.of()));
    }

    @Test
    void aRefOutsideRefsIsNotFollowed() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: ../../secret\n");
        assertEquals(Optional.empty(), GitCommits.detect(root, Map.of()));
    }
}
