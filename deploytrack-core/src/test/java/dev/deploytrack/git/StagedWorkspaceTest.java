package dev.deploytrack.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The staged workspace against git itself: the direct index reader must agree with git ls-files. */
class StagedWorkspaceTest {

    @TempDir
    Path dir;

    private String git(Path where, String... args) throws Exception {
        return TestGit.run(where, args);
    }

    private void write(String path, String content) throws IOException {
        TestGit.write(dir, path, content);
    }

    private Path repository() throws Exception {
        git(dir, "init", "-q", "-b", "main");
        for (int i = 0; i < 40; i++) {
            write("dir" + (i % 4) + "/" + "f".repeat(i % 13 + 1) + i + ".md", "content " + i + "\n");
        }
        write("spaced name/ünï.md", "x\n");
        return dir;
    }

    private List<String> lsFiles() throws Exception {
        List<String> paths = new ArrayList<>();
        for (String entry : git(dir, "ls-files", "--stage", "-z").split("\0")) {
            if (!entry.isEmpty()) {
                paths.add(entry.substring(entry.indexOf('\t') + 1) + " " + entry.substring(0, entry.indexOf('\t')));
            }
        }
        return paths;
    }

    private List<String> parsed() {
        Optional<List<IndexEntry>> entries = IndexFile.read(dir.resolve(".git/index"));
        assertTrue(entries.isPresent(), "the index reader gave up");
        return entries.get().stream().map(e -> e.path() + " " + Integer.toOctalString(e.mode()) + " " + e.objectId()
                + " " + e.stage()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void indexReaderAgreesWithGit(int version) throws Exception {
        repository();
        git(dir, "add", ".");
        git(dir, "update-index", "--index-version", Integer.toString(version));
        if (version == 3) {
            git(dir, "update-index", "--skip-worktree", "dir1/ff1.md");
        }
        assertEquals(lsFiles(), parsed());
    }

    @Test
    void splitIndexFallsBackToGit() throws Exception {
        repository();
        git(dir, "add", ".");
        git(dir, "update-index", "--split-index");
        write("dir0/new.md", "new\n");
        git(dir, "add", "dir0/new.md");
        assertTrue(IndexFile.read(dir.resolve(".git/index")).isEmpty());
        try (StagedWorkspace workspace = StagedWorkspace.open(dir, Map.of())) {
            assertEquals(42, workspace.files().size());
            assertEquals("new\n", new String(workspace.read("dir0/new.md"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void firstCommitStagesEverything() throws Exception {
        repository();
        git(dir, "add", ".");
        try (StagedWorkspace workspace = StagedWorkspace.open(dir, Map.of())) {
            assertEquals(41, workspace.stagedFiles().size());
            assertEquals("x\n", new String(workspace.read("spaced name/ünï.md"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void packedBlobsAreReadThroughCatFile() throws Exception {
        repository();
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "first");
        git(dir, "gc", "-q", "--prune=now");
        write("dir0/f0.md", "changed\n");
        git(dir, "add", "dir0/f0.md");
        try (StagedWorkspace workspace = StagedWorkspace.open(dir, Map.of())) {
            assertEquals(List.of("dir0/f0.md"), workspace.stagedFiles());
            assertEquals("changed\n", new String(workspace.read("dir0/f0.md"), StandardCharsets.UTF_8));
            assertEquals("content 1\n", new String(workspace.read("dir1/ff1.md"), StandardCharsets.UTF_8),
                    "an unchanged, packed file is still readable for sums over files");
            assertEquals(10, workspace.size("dir1/ff1.md"));
        }
    }

    @Test
    void gitIndexFileFromTheEnvironmentIsTheIndexThatIsRead() throws Exception {
        repository();
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "first");
        Path temporary = dir.resolve(".git/next-index.lock");
        write("dir2/ff2.md", "in the temporary index only\n");
        git(dir, "add", "dir2/ff2.md");
        // Keep the staged change in a copy of the index and undo it in the real one: now the two differ.
        Files.copy(dir.resolve(".git/index"), temporary, StandardCopyOption.REPLACE_EXISTING);
        git(dir, "reset", "-q", "dir2/ff2.md");
        try (StagedWorkspace real = StagedWorkspace.open(dir, Map.of());
             StagedWorkspace hook = StagedWorkspace.open(dir, Map.of("GIT_INDEX_FILE", ".git/next-index.lock"))) {
            assertEquals(List.of(), real.stagedFiles());
            assertEquals("in the temporary index only\n", new String(hook.read("dir2/ff2.md"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void linkedWorktreeIsFoundThroughItsGitFile() throws Exception {
        repository();
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "first");
        Path worktree = dir.resolveSibling(dir.getFileName() + "-wt");
        git(dir, "worktree", "add", "-q", worktree.toString(), "-b", "topic");
        Files.writeString(worktree.resolve("dir3/fff3.md"), "worktree change\n");
        git(worktree, "add", "dir3/fff3.md");
        try (StagedWorkspace workspace = StagedWorkspace.open(worktree, Map.of())) {
            assertEquals(worktree.toRealPath(), workspace.root().toRealPath());
            assertEquals(List.of("dir3/fff3.md"), workspace.stagedFiles());
            assertEquals("worktree change\n", new String(workspace.read("dir3/fff3.md"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void fromASubdirectoryGitFindsTheRepository() throws Exception {
        repository();
        git(dir, "add", ".");
        try (StagedWorkspace workspace = StagedWorkspace.open(dir.resolve("dir1"), Map.of())) {
            assertEquals(dir.toRealPath(), workspace.root().toRealPath());
            assertEquals(41, workspace.files().size());
        }
    }
}
