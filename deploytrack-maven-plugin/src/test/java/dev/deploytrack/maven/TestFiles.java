package dev.deploytrack.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** File helpers for goal tests, whose projects live in the source tree. */
final class TestFiles {

    private TestFiles() {
    }

    /** Deletes {@code directory} and everything in it (the reports a goal wrote into a test project); null is none. */
    static void deleteTree(File directory) throws IOException {
        if (directory != null && directory.exists()) {
            try (var files = Files.walk(directory.toPath())) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
