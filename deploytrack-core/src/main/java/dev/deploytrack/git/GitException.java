package dev.deploytrack.git;

import java.io.IOException;

/** git could not be run, or refused: not a repository, git missing, a corrupt index. */
public final class GitException extends IOException {

    private static final long serialVersionUID = 1L;

    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
