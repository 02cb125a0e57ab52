package dev.deploytrack.registry;

import dev.deploytrack.secrets.SecretRedaction;
import dev.deploytrack.wording.Message;

/**
 * A request the registry cannot act on as given: an unknown environment or project, a missing actor or reason, no
 * agents. Nothing was written. Front doors word {@link #problem()} (which names the setting to give) and exit with
 * status 2 (a configuration error of the build).
 */
public final class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    public InvalidRequestException(String message) {
        this(Message.text(message));
    }

    public InvalidRequestException(Message problem) {
        super(SecretRedaction.redact(problem.toString()));
        this.problem = problem;
    }

    /** What is wrong, naming the settings to give; each front door words it. */
    public Message problem() {
        return problem;
    }
}
