package dev.deploytrack.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploytrack's own inputs: regular files inside the repository, bounded, or a clear refusal. */
class InputFilesTest {

    /** A refusal must come at once; a hang is the defect these tests guard against, not a speed figure. */
    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Optional<byte[]> read(Path file, long limit) throws InputFileException {
        return InputFiles.readIfPresent(dir, file, "deploytrack.yml", "the configuration", limit);
    }

    private InputFileException refused(Path file, long limit) {
        return assertTimeoutPreemptively(NO_HANG, () -> assertThrows(InputFileException.class, () -> read(file,
                limit)));
    }

    @Test
    void aRegularFileIsReadAndAMissingOneIsAbsent() throws Exception {
        Path file = Files.writeString(dir.resolve("deploytrack.yml"), "strict: true\n");
        assertArrayEquals("strict: true\n".getBytes(StandardCharsets.UTF_8), read(file, 100).orElseThrow());
        assertEquals(Optional.empty(), read(dir.resolve("absent.yml"), 100));
        InputFileException missing = assertThrows(InputFileException.class, () -> InputFiles.read(dir,
                dir.resolve("absent.yml"), "absent.yml", "the configuration", 100));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void aLinkToAFileInsideTheRepositoryIsFollowed() throws Exception {
        Files.writeString(dir.resolve("real.yml"), "strict: true\n");
        Path link = SpecialFiles.link(dir.resolve("deploytrack.yml"), dir.resolve("real.yml"));
        assertEquals("strict: true\n", new String(read(link, 100).orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void aLinkToDevZeroIsRefusedAtOnce() throws Exception {
        Path link = SpecialFiles.link(dir.resolve("deploytrack.yml"), Path.of("/dev/zero"));
        InputFileException e = refused(link, InputFiles.CONFIG_LIMIT);
        assertTrue(e.getMessage().contains("outside the repository"), e.getMessage());
        assertEquals("deploytrack.yml", e.file());
        // Named by the user, a link may leave the repository, but a device is still no file.
        InputFileException named = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(InputFileException.class,
                () -> InputFiles.readIfPresent(null, link, "cfg", "the configuration", InputFiles.CONFIG_LIMIT)));
        assertTrue(named.getMessage().contains("not a regular file"), named.getMessage());
    }

    @Test
    void aLinkToAFileOutsideIsRefusedAndItsContentNeverRead(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("notes.md"), "private");
        Path link = SpecialFiles.link(dir.resolve("deploytrack.yml"), secret);
        InputFileException e = refused(link, 100);
        assertTrue(e.getMessage().contains("outside the repository"), e.getMessage());
        assertTrue(e.hint().contains("copy"), e.hint());
    }

    @Test
    void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("deploytrack.yml"));
        InputFileException e = refused(fifo, 100);
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aDirectoryABrokenLinkAndAGiantAreRefused() throws Exception {
        Files.createDirectories(dir.resolve("deploytrack.yml"));
        assertTrue(refused(dir.resolve("deploytrack.yml"), 100).getMessage().contains("is a directory"));

        Path broken = SpecialFiles.link(dir.resolve("broken.yml"), dir.resolve("nowhere"));
        assertTrue(refused(broken, 100).getMessage().contains("points nowhere"));

        Path giant = SpecialFiles.sparse(dir.resolve("giant.yml"), 3L << 30);
        InputFileException e = refused(giant, InputFiles.CONFIG_LIMIT);
        assertTrue(e.getMessage().contains("3072.0 MB, over the 1.0 MB"), e.getMessage());
    }

    @Test
    void ioProblemsAreInPlainWords() {
        assertEquals("permission denied", IoProblems.describe(new java.nio.file.AccessDeniedException("/x")));
        assertEquals("no space left on the device", IoProblems.describe(new java.io.IOException(
                "No space left on device")));
        assertEquals("it is a directory, not a file", IoProblems.describe(new java.io.IOException("Is a directory")));
        assertEquals("the file would exceed the size limit for files (ulimit -f)", IoProblems.describe(
                new java.nio.file.FileSystemException("/x", null, "File too large")));
        assertEquals("free some space and run again", IoProblems.hint(new java.io.IOException(
                "No space left on device")));
    }
}
