package dev.deploytrack.usage.store;

/** The usage store cannot be read or written; the message names it and says what happened, the hint what to do. */
public final class UsageStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String store;
    private final String hint;

    public UsageStoreException(String store, String message, String hint) {
        super(message);
        this.store = store;
        this.hint = hint;
    }

    public String store() {
        return store;
    }

    public String hint() {
        return hint;
    }

    /** {@code STORE: error: MESSAGE} and the hint on the next line. */
    public String describe() {
        return store + ": error: " + getMessage() + (hint == null ? "" : "\n    hint: " + hint);
    }
}
