package dev.deploytrack.yaml;

import dev.deploytrack.secrets.SecretRedaction;

/**
 * A mistake in one of deploytrack's own input files ({@code deploytrack.yml}, budget files, price files), at a
 * position a person can jump to.
 */
public record ConfigProblem(String file, int line, int column, String message) {

    /** The message may quote the file (an unknown key, a wrong value): never a secret in it. */
    public ConfigProblem {
        message = SecretRedaction.redact(message);
    }

    /** Compiler style: {@code deploytrack.yml:3:5: error: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": error: " + message;
    }
}
