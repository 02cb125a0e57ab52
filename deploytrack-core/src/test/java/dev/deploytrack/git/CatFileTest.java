package dev.deploytrack.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The hook's long-lived {@code git cat-file --batch}: each request has a deadline, git's standard error never fills
 * its pipe, and a git that ends says why. A fake git (a script) where git must misbehave; real git otherwise.
 */
class CatFileTest {

    @TempDir
    Path dir;

    private Git fakeGit(String body, Duration timeout) throws IOException {
        Path script = dir.resolve("fake-git");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new Git(dir, script.toString(), timeout);
    }

    @Test
    void aGitThatDoesNotAnswerIsStoppedAtTheDeadline() throws Exception {
        // Reads the request, then hangs in a child holding the pipes (as a git waiting on a stuck filesystem).
        Git git = fakeGit("read oid; echo 'waiting for the object store' >&2; sleep 60", Duration.ofMillis(300));
        try (CatFile catFile = new CatFile(git)) {
            GitException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(GitException.class, () -> catFile.read("0123abcd", Long.MAX_VALUE)));
            assertEquals("git cat-file did not answer within 300 ms for object 0123abcd and was stopped; it wrote: "
                    + "waiting for the object store", e.getMessage());
            GitException again = assertThrows(GitException.class, () -> catFile.read("4567abcd", Long.MAX_VALUE));
            assertTrue(again.getMessage().startsWith("git cat-file did not answer"), again.getMessage());
        }
    }

    @Test
    void warningsFillingStandardErrorDoNotStopTheAnswers() throws Exception {
        // 1 MiB of warnings before answering: far more than a pipe holds, so an undrained pipe stops git.
        Git git = fakeGit("head -c 1048576 /dev/zero | tr '\\0' w >&2; "
                + "while read oid; do echo \"$oid blob 5\"; printf 'hello\\n'; done", Duration.ofSeconds(30));
        try (CatFile catFile = new CatFile(git)) {
            CatFile.Blob blob = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> catFile.read("89abcdef", Long.MAX_VALUE));
            assertEquals(5, blob.size());
            assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), blob.content());
            assertEquals(5, catFile.read("89abcdef", 2).size()); // too large to hold: the size, content skipped
        }
    }

    @Test
    void aGitThatEndsSaysWhatItWrote() throws Exception {
        Git git = fakeGit("echo 'fatal: not a git repository' >&2; exit 128", Duration.ofSeconds(30));
        try (CatFile catFile = new CatFile(git)) {
            GitException e = assertThrows(GitException.class, () -> catFile.read("0123abcd", Long.MAX_VALUE));
            assertTrue(e.getMessage().contains("fatal: not a git repository"), e.getMessage());
        }
    }

    @Test
    void realGitAnswersAndNamesAMissingObject() throws Exception {
        TestGit.run(dir, "init", "-q");
        Files.writeString(dir.resolve("a.txt"), "content\n");
        String id = new Git(dir).line("hash-object", "-w", "a.txt");
        try (CatFile catFile = new CatFile(new Git(dir))) {
            assertArrayEquals("content\n".getBytes(StandardCharsets.UTF_8), catFile.read(id, 100).content());
            String missing = "0".repeat(39) + "1";
            GitException e = assertThrows(GitException.class, () -> catFile.read(missing, 100));
            assertEquals("git cat-file: object " + missing + " is " + missing + " missing", e.getMessage());
            assertArrayEquals("content\n".getBytes(StandardCharsets.UTF_8), catFile.read(id, 100).content());
        }
    }
}
