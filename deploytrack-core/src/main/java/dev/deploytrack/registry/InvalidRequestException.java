package dev.deploytrack.registry;

import dev.deploytrack.secrets.SecretRedaction;

/**
 * A request the registry cannot act on as given: an unknown environment or project, a missing actor or reason, no
 * agents. Nothing was written. Front doors print the message and exit with status 2 (a configuration error of the
 * build).
 */
public final class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(SecretRedaction.redact(message));
    }
}
