package dev.deploytrack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Helpers for tests that run the launcher, bin/deploytrack. */
final class Launchers {

    private Launchers() {
    }

    /** Waits (at most 30 s) until no background training run holds a lock in the launcher's cache. */
    static void waitForTraining(Path cache) throws IOException, InterruptedException {
        for (int i = 0; i < 300 && Files.isDirectory(cache); i++) {
            try (Stream<Path> files = Files.walk(cache)) {
                if (files.noneMatch(path -> path.getFileName().toString().equals("training.lock"))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }
}
