package dev.deploytrack.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWorkspaceTest {

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void listsFilesSortedWithSlashesAndSkipsBuildAndVcsDirectories() throws IOException {
        write("b/AGENTS.md", "x");
        write("a.md", "x");
        write(".git/config", "x");
        write("target/x.md", "x");
        write("web/node_modules/pkg/AGENTS.md", "x");
        DirectoryWorkspace workspace = DirectoryWorkspace.scan(root, List.of(), 32);
        assertEquals(List.of("a.md", "b/AGENTS.md"), workspace.files());
        assertEquals("x", new String(workspace.read("b/AGENTS.md")));
        assertEquals(1, workspace.size("a.md"));
    }

    @Test
    void relativePathsAreCutFromTheWalksPathsAsRelativizeGivesThem() {
        Path base = root.toAbsolutePath();
        for (String name : List.of("a.md", "b/AGENTS.md", "b/c d/é.md", ".env")) {
            Path file = base.resolve(name);
            assertEquals(base.relativize(file).toString().replace('\\', '/'), DirectoryWorkspace.relative(base, file));
        }
        Path fsRoot = base.getRoot();
        assertEquals(fsRoot.relativize(base).toString().replace('\\', '/'), DirectoryWorkspace.relative(fsRoot, base));
        // A sibling whose name starts with the root's is not inside it: relativize's answer, not a cut name.
        Path sibling = base.resolveSibling(base.getFileName() + "x").resolve("a.md");
        assertEquals(base.relativize(sibling).toString().replace('\\', '/'), DirectoryWorkspace.relative(base, sibling));
    }

    @Test
    void appliesExcludes() throws IOException {
        write("vendor/a/AGENTS.md", "x");
        write("keep/AGENTS.md", "x");
        write("keep/notes.tmp", "x");
        DirectoryWorkspace workspace = DirectoryWorkspace.scan(root, Glob.all(List.of("vendor", "*.tmp")), 32);
        assertEquals(List.of("keep/AGENTS.md"), workspace.files());
    }

    @Test
    void neverFollowsASymlinkOutOfTheRepository(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.md"), "outside");
        write("inside.md", "inside");
        Files.createSymbolicLink(root.resolve("link.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("linkdir"), outside);
        Files.createSymbolicLink(root.resolve("inner.md"), root.resolve("inside.md"));
        DirectoryWorkspace workspace = DirectoryWorkspace.scan(root, List.of(), 32);
        assertEquals(List.of("inner.md", "inside.md"), workspace.files());
        assertTrue(workspace.skipped().stream().anyMatch(s -> s.path().equals("link.md")
                && s.reason().contains("outside")), workspace.skipped().toString());
        assertThrows(IOException.class, () -> workspace.read("link.md"));
    }

    @Test
    void stopsAtTheDepthLimit() throws IOException {
        write("a/b/c/d/AGENTS.md", "x");
        write("a/AGENTS.md", "x");
        DirectoryWorkspace workspace = DirectoryWorkspace.scan(root, List.of(), 2);
        assertEquals(List.of("a/AGENTS.md"), workspace.files());
        assertEquals("a/b/c", workspace.skipped().get(0).path());
    }

    @Test
    void rootMustBeADirectory() throws IOException {
        write("file.md", "x");
        assertThrows(IOException.class, () -> DirectoryWorkspace.scan(root.resolve("file.md"), List.of(), 32));
    }
}
