package dev.deploytrack.registry;

import dev.deploytrack.secrets.SecretRedaction;
import dev.deploytrack.wording.Message;

/**
 * The rules refuse an operation: promotion order, a missing approval, an agent acting on production, a rollback to a
 * version that never ran. Nothing on disk changed. Front doors word the reason and the hint and exit with status 1
 * (or fail the build).
 */
public final class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;
    private final transient Message hint;

    /** A refusal with nothing to suggest. */
    public RefusedException(String reason) {
        this(Message.text(reason), null);
    }

    public RefusedException(String reason, String hint) {
        this(Message.text(reason), hint == null ? null : Message.text(hint));
    }

    public RefusedException(String reason, Message hint) {
        this(Message.text(reason), hint);
    }

    public RefusedException(Message reason, Message hint) {
        super(SecretRedaction.redact(reason.toString()));
        this.reason = reason;
        this.hint = hint;
    }

    /** Why, as data each front door words. */
    public Message reason() {
        return reason;
    }

    /** What to do instead, or {@code null}. */
    public Message hint() {
        return hint;
    }
}
