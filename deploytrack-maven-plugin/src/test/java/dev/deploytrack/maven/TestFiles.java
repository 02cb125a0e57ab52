package dev.deploytrack.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.maven.api.plugin.testing.MojoExtension;

/** File helpers for goal tests, whose projects live in the source tree. */
final class TestFiles {

    private TestFiles() {
    }

    /**
     * Points a goal at the test's project directory (the test harness gives goals no POM, so they would otherwise
     * check the current directory) and returns where its reports go, for {@link #deleteTree}.
     */
    static File inBasedir(AbstractCheckMojo mojo) {
        mojo.directory = new File(MojoExtension.getBasedir());
        return mojo.outputDirectory();
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
