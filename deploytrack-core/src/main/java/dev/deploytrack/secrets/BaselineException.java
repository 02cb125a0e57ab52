package dev.deploytrack.secrets;

/** The baseline file cannot be used: names the file, line and column, and what is wrong. */
public final class BaselineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public BaselineException(String file, int line, int column, String message) {
        super(SecretRedaction.redact(message));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line:col: error: message}, as configuration problems are printed. */
    public String describe() {
        return file + ":" + line + ":" + column + ": error: " + getMessage();
    }
}
