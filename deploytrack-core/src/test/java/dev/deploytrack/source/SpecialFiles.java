package dev.deploytrack.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes the hostile files of the tests: named pipes, links to devices, sparse giants. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A named pipe at {@code path}; the test is skipped where {@code mkfifo} is not available. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return path;
        }
        assumeTrue(process.waitFor() == 0, "mkfifo failed");
        return path;
    }

    /** A symbolic link at {@code link} to {@code target}. */
    public static Path link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    /** A sparse file of {@code size} bytes: large to every size check, nothing on disk. */
    public static Path sparse(Path path, long size) throws IOException {
        Files.createDirectories(path.getParent());
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(size);
        }
        return path;
    }
}
