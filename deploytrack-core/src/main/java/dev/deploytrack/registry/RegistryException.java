package dev.deploytrack.registry;

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
    private final String hint;

    public RegistryException(String file, int line, int column, String message, String hint) {
        // Messages quote the file (an invalid token, an unknown version): never a secret in them.
        super(SecretRedaction.redact(message));
        this.file = file;
        this.line = line;
        this.column = column;
        this.hint = SecretRedaction.redact(hint);
    }

    public RegistryException(String file, String message, String hint) {
        this(file, 0, 0, message, hint);
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

    public String hint() {
        return hint;
    }

    /** Compiler style, {@code file:line:column: error: message}, and the hint on its own line. */
    public String describe() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": error: " + getMessage() + (hint == null ? "" : System.lineSeparator() + "    hint: " + hint);
    }
}
