package dev.deploytrack.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How every git command is run ({@link Git#launch}): one deadline over the whole run, the exit status looked at,
 * standard error in the message (bounded), no deadlock on full pipes. Real git in a temporary repository; a fake
 * git (a script) where git itself must misbehave.
 */
class GitProcessTest {

    @TempDir
    Path dir;

    /** A script standing in for git. */
    private Path fakeGit(String body) throws IOException {
        Path script = dir.resolve("fake-git");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void aFailureSaysWhatGitWroteAndItsStatus() throws Exception {
        TestGit.run(dir, "init", "-q");
        GitException e = assertThrows(GitException.class, () -> new Git(dir).run("rev-list", "no-such-branch"));
        assertTrue(e.getMessage().startsWith("git rev-list failed (exit status 128): fatal: ambiguous argument "
                + "'no-such-branch'"), e.getMessage());
    }

    @Test
    void aGitThatHangsWithoutWritingIsStoppedAtTheDeadline() throws Exception {
        // sh starts sleep as its child, which holds the output pipe open: it is stopped too.
        Git git = new Git(dir, fakeGit("echo starting >&2; sleep 60").toString(), Duration.ofMillis(300));
        GitException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(GitException.class,
                () -> git.run("status")));
        assertTrue(e.getMessage().startsWith("git status did not finish within 300 ms and was stopped; it wrote: "
                + "starting"), e.getMessage());
        GitException exec = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(GitException.class,
                () -> git.exec("input".getBytes(StandardCharsets.UTF_8), "cat-file", "--batch-check")));
        assertTrue(exec.getMessage().startsWith("git cat-file did not finish within 300 ms"), exec.getMessage());
    }

    @Test
    void aGitThatHangsWhileWritingIsStoppedAtTheDeadline() throws Exception {
        Git git = new Git(dir, fakeGit("while true; do echo line; sleep 0.01; done").toString(),
                Duration.ofMillis(500));
        GitException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(GitException.class,
                () -> git.run("log")));
        assertTrue(e.getMessage().startsWith("git log did not finish within 500 ms"), e.getMessage());
    }

    @Test
    void fullPipesOnBothSidesNeitherBlockNorFlood() throws Exception {
        // 1 MiB on standard error and on standard output, 1 MiB read from standard input, then exit status 3.
        Git git = new Git(dir, fakeGit("head -c 1048576 /dev/zero | tr '\\0' e >&2; "
                + "head -c 1048576 /dev/zero | tr '\\0' o; wc -c >&2; exit 3").toString(), Duration.ofSeconds(60));
        byte[] input = new byte[1 << 20];
        Git.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> git.exec(input, "fsck"));
        assertEquals(3, result.status());
        assertEquals(1 << 20, result.out().length);
        assertTrue(result.err().startsWith("eeee"), result.err().substring(0, 10));
        assertTrue(result.err().length() < Git.MAX_ERROR_BYTES + 100, "kept: " + result.err().length());
        assertTrue(result.err().endsWith(" more bytes]"), result.err().substring(result.err().length() - 40));
        GitException e = assertThrows(GitException.class, () -> git.run("fsck"));
        assertTrue(e.getMessage().startsWith("git fsck failed (exit status 3): eeee"), e.getMessage().substring(0, 60));
    }

    @Test
    void outputAndStatusOfAGitThatWorks() throws Exception {
        TestGit.run(dir, "init", "-q");
        Git.Result result = new Git(dir).exec("HEAD\n".getBytes(StandardCharsets.UTF_8), "cat-file",
                "--batch-check");
        assertEquals(0, result.status());
        assertArrayEquals("HEAD missing\n".getBytes(StandardCharsets.UTF_8), result.out());
        assertFalse(new Git(dir).line("rev-parse", "--git-dir").isEmpty());
    }
}
