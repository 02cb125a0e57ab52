package dev.deploytrack.cli;

/** The command line was wrong: the message says what, and the command exits with {@link Exit#USAGE}. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
