package dev.deploytrack.cli;

/** Exit statuses of every command, as gitleaks and compilers use them. */
final class Exit {

    /** Nothing failed. */
    static final int OK = 0;
    /** The check found errors (or warnings, with --fail-on-warning): the build or commit must stop. */
    static final int FINDINGS = 1;
    /** The command could not run: wrong options, unreadable input, invalid configuration. */
    static final int USAGE = 2;

    private Exit() {
    }
}
