package dev.deploytrack.registry;

import dev.deploytrack.secrets.SecretRedaction;

/**
 * The rules refuse an operation: promotion order, a missing approval, an agent acting on production, a rollback to a
 * version that never ran. Nothing on disk changed. Front doors print the reason and exit with status 1 (or fail the
 * build).
 */
public final class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public RefusedException(String reason, String hint) {
        super(SecretRedaction.redact(reason));
        this.hint = hint;
    }

    /** What to do instead, or {@code null}. */
    public String hint() {
        return hint;
    }
}
