package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallCommandTest {

    private static final String FOREIGN = "#!/bin/sh\necho lint-staged\n";

    @TempDir
    Path dir;

    @Test
    void installsAnExecutableHookRunningTheLauncher() throws IOException {
        GitRepo repo = GitRepo.init(dir);
        CliRun run = CliRun.run(dir, "install");
        assertEquals(0, run.exitCode(), run.err());
        Path hook = dir.resolve(".git/hooks/pre-commit");
        String script = Files.readString(hook);
        assertTrue(script.contains("# deploytrack-hook: pre-commit"), script);
        assertTrue(script.contains("deploytrack-launcher' pre-commit"), script);
        assertTrue(Files.isExecutable(hook));
        assertTrue(Files.isExecutable(dir.resolve(".git/hooks/deploytrack-launcher")), "launcher written beside it");
        assertEquals(0, CliRun.run(dir, "install").exitCode(), "installing again updates deploytrack's own hook");
        assertTrue(repo.root().equals(dir));
    }

    @Test
    void leavesAForeignHookAloneAndOffersToChainIt() throws IOException {
        GitRepo.init(dir).write(".git/hooks/pre-commit", FOREIGN);
        CliRun run = CliRun.run(dir, "install");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--chain"), run.err());
        assertEquals(FOREIGN, Files.readString(dir.resolve(".git/hooks/pre-commit")));
    }

    @Test
    void chainKeepsTheForeignHookAndUninstallPutsItBack() throws IOException {
        GitRepo.init(dir).write(".git/hooks/pre-commit", FOREIGN);
        assertEquals(0, CliRun.run(dir, "install", "--chain").exitCode());
        String script = Files.readString(dir.resolve(".git/hooks/pre-commit"));
        assertTrue(script.contains("pre-commit.deploytrack-chained\" \"$@\" || exit $?"), script);
        assertEquals(FOREIGN, Files.readString(dir.resolve(".git/hooks/pre-commit.deploytrack-chained")));
        assertEquals(0, CliRun.run(dir, "uninstall").exitCode());
        assertEquals(FOREIGN, Files.readString(dir.resolve(".git/hooks/pre-commit")));
        assertFalse(Files.exists(dir.resolve(".git/hooks/pre-commit.deploytrack-chained")));
    }

    @Test
    void forceReplacesTheForeignHookButKeepsABackup() throws IOException {
        GitRepo.init(dir).write(".git/hooks/pre-commit", FOREIGN);
        assertEquals(0, CliRun.run(dir, "install", "--force").exitCode());
        assertEquals(FOREIGN, Files.readString(dir.resolve(".git/hooks/pre-commit.deploytrack-backup")));
        assertTrue(Files.readString(dir.resolve(".git/hooks/pre-commit")).contains("deploytrack-hook"));
    }

    @Test
    void uninstallRemovesOnlyItsOwnHook() throws IOException {
        GitRepo.init(dir).write(".git/hooks/pre-commit", FOREIGN);
        assertEquals(1, CliRun.run(dir, "uninstall").exitCode());
        assertEquals(FOREIGN, Files.readString(dir.resolve(".git/hooks/pre-commit")));
        Files.delete(dir.resolve(".git/hooks/pre-commit"));
        assertEquals(0, CliRun.run(dir, "install").exitCode());
        assertEquals(0, CliRun.run(dir, "uninstall").exitCode());
        assertFalse(Files.exists(dir.resolve(".git/hooks/pre-commit")));
        assertEquals(0, CliRun.run(dir, "uninstall").exitCode(), "nothing to remove is not an error");
    }

    @Test
    void respectsCoreHooksPath() throws IOException {
        GitRepo repo = GitRepo.init(dir);
        repo.git("config", "core.hooksPath", ".githooks");
        assertEquals(0, CliRun.run(dir, "install").exitCode());
        assertTrue(Files.readString(dir.resolve(".githooks/pre-commit")).contains("deploytrack-hook"));
        assertFalse(Files.exists(dir.resolve(".git/hooks/pre-commit")));
    }

    @Test
    void installsIntoTheHooksOfALinkedWorktree() throws IOException {
        GitRepo repo = GitRepo.init(dir.resolve("main")).write("a.txt", "a\n").add(".").commit("a");
        repo.git("worktree", "add", "-q", dir.resolve("wt").toString(), "-b", "topic");
        assertEquals(0, CliRun.run(dir.resolve("wt"), "install").exitCode());
        // Worktrees share the repository's hooks directory.
        assertTrue(Files.readString(dir.resolve("main/.git/hooks/pre-commit")).contains("deploytrack-hook"));
    }

    @Test
    void outsideAGitRepositoryItIsAUsageError() {
        assertEquals(2, CliRun.run(dir, "install").exitCode());
    }
}
