package dev.deploytrack.cli;

import dev.deploytrack.report.SafeLineStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command talks to: standard input, standard output for results, standard error for diagnostics, the
 * working directory and the environment. Passed in so that tests run commands in process.
 */
record Console(InputStream in, PrintStream out, PrintStream err, Path workingDirectory,
               Map<String, String> environment) {

    /**
     * Everything a command prints goes through {@link SafeLineStream}: whatever a message quotes, no secret, raw
     * control character or forged CI command reaches the terminal or the CI log.
     */
    Console {
        out = safe(out);
        err = safe(err);
    }

    private static PrintStream safe(PrintStream stream) {
        return stream instanceof SafePrintStream ? stream : new SafePrintStream(stream);
    }

    /** Marks a stream already made safe, so a console copied from another is not wrapped twice. */
    private static final class SafePrintStream extends PrintStream {
        SafePrintStream(PrintStream target) {
            super(new SafeLineStream(target), true, StandardCharsets.UTF_8);
        }
    }

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
