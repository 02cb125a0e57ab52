package dev.deploytrack.registry;

import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Wording;

import dev.deploytrack.secrets.SecretRedaction;

/**
 * The registry cannot be used: unreadable, not valid JSON, written by a newer deploytrack, or not writable. Nothing
 * was written. Front doors print {@link #describe()} and exit with status 2 (or fail the build).
 */
public final class RegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    /** What to do, worded by each front door (a hint may name a setting), or {@code null}. */
    private final transient Message hint;

    public RegistryException(String file, int line, int column, String message, String hint) {
        this(file, line, column, message, hint == null ? null : Message.text(hint), true);
    }

    private RegistryException(String file, int line, int column, String message, Message hint, boolean worded) {
        // Messages quote the file (an invalid token, an unknown version): never a secret in them.
        super(SecretRedaction.redact(message));
        this.file = file;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public RegistryException(String file, String message, String hint) {
        this(file, 0, 0, message, hint);
    }

    /** A problem whose hint names a setting, worded by each front door ({@link #describe(Wording)}). */
    public static RegistryException worded(String file, String message, Message hint) {
        return new RegistryException(file, 0, 0, message, hint, true);
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not at a position in the file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The hint in neutral words (redacted), or {@code null}. */
    public String hint() {
        return hint == null ? null : hint.in(Wording.NEUTRAL);
    }

    /** The hint as data, for a front door to word; {@code null} when there is none. */
    public Message hintMessage() {
        return hint;
    }

    /** Compiler style, {@code file:line:column: error: message}, and the hint on its own line, in neutral words. */
    public String describe() {
        return describe(Wording.NEUTRAL);
    }

    /** The same in a front door's words: a hint that names a setting names it as that front door spells it. */
    public String describe(Wording wording) {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": error: " + getMessage() + (hint == null ? "" : System.lineSeparator() + "    hint: "
                + hint.in(wording));
    }
}
