package dev.deploytrack.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.git.Git;
import dev.deploytrack.git.GitException;
import dev.deploytrack.git.TestGit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-parent history: a revision git cannot read is an error, not an empty history; a hang is stopped. */
class GitHistoryTest {

    @TempDir
    Path repo;

    private List<String> commits() throws Exception {
        TestGit.run(repo, "init", "-q", "-b", "main");
        for (int i = 0; i < 3; i++) {
            TestGit.write(repo, "f.txt", "v" + i);
            TestGit.run(repo, "add", "f.txt");
            TestGit.run(repo, "commit", "-q", "-m", "c" + i);
        }
        return List.of(TestGit.run(repo, "rev-list", "--first-parent", "main").strip().split("\n"));
    }

    @Test
    void readsUntilEveryWantedCommitWasSeenOrToTheEnd() throws Exception {
        List<String> all = commits();
        GitHistory history = GitHistory.open(repo);
        assertEquals(all.subList(0, 2), history.firstParents("main", Set.of(all.get(1))));
        assertEquals(all, history.firstParents("main", Set.of("0".repeat(40))));
    }

    @Test
    void aRevisionGitCannotReadIsAnErrorNotAnEmptyHistory() throws Exception {
        commits();
        GitHistory history = GitHistory.open(repo);
        GitException e = assertThrows(GitException.class, () -> history.firstParents("no-such-branch",
                Set.of("0".repeat(40))));
        assertTrue(e.getMessage().startsWith("git rev-list failed (exit status 128): fatal: "), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-branch"), e.getMessage());
        GitException option = assertThrows(GitException.class, () -> history.firstParents("--output=x",
                Set.of("0".repeat(40))));
        assertTrue(option.getMessage().contains("exit status 128"), option.getMessage());
        assertTrue(Files.notExists(repo.resolve("x")), "a revision is never read as an option");
    }

    @Test
    void aHangingGitIsStoppedAtTheDeadline() throws Exception {
        commits();
        Path fake = repo.resolve("slow-git");
        // Answers rev-parse like git, hangs on anything else.
        Files.writeString(fake, "#!/bin/sh\nif [ \"$1\" = rev-parse ]; then exec git \"$@\"; fi\nsleep 60\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        GitHistory history = GitHistory.open(new Git(repo, fake.toString(), Duration.ofMillis(300)));
        GitException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(GitException.class,
                () -> history.firstParents("main", Set.of("0".repeat(40)))));
        assertEquals("git rev-list did not finish within 300 ms and was stopped", e.getMessage());
    }
}
