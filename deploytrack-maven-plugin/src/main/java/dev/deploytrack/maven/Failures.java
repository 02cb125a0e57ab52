package dev.deploytrack.maven;

import dev.deploytrack.report.PrintedText;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The exceptions a goal ends with: Maven prints their messages to the build log as they are, so they pass through
 * {@link PrintedText} as every logged line does (through {@link SafeLog}): a message that quotes a parameter or a file
 * (an agent id, a project name) shows no secret, no raw line break and no forged CI command.
 */
final class Failures {

    private Failures() {
    }

    /** The check failed (findings, a refusal, invalid input): the build fails. */
    static MojoFailureException failure(String message) {
        return new MojoFailureException(PrintedText.lines(message));
    }

    /** The goal could not run (I/O, an unexpected state). */
    static MojoExecutionException error(String message, Throwable cause) {
        return new MojoExecutionException(PrintedText.lines(message), cause);
    }

    static MojoExecutionException error(String message) {
        return new MojoExecutionException(PrintedText.lines(message));
    }
}
