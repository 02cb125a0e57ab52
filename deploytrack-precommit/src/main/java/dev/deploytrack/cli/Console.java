package dev.deploytrack.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command talks to: standard input, standard output for results, standard error for diagnostics, the
 * working directory and the environment. Passed in so that tests run commands in process.
 */
record Console(InputStream in, PrintStream out, PrintStream err, Path workingDirectory,
               Map<String, String> environment) {

    static Console system() {
        return new Console(System.in, System.out, System.err, Path.of("").toAbsolutePath(), System.getenv());
    }

    /** Resolves a path given on the command line against the working directory. */
    Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }

    void error(String message) {
        err.println("deploytrack: " + message);
    }
}
