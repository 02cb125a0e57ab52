package dev.deploytrack.secrets;

import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Wording;

/** The baseline file cannot be used: names the file, line and column, and what is wrong. */
public final class BaselineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    /** The message as data, for a front door to word (it may name a setting). */
    private final transient Message problem;

    public BaselineException(String file, int line, int column, String message) {
        this(file, line, column, Message.text(message));
    }

    public BaselineException(String file, int line, int column, Message problem) {
        super(SecretRedaction.redact(problem.toString()));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
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

    /** {@code file:line:col: error: message}, as configuration problems are printed, in neutral words. */
    public String describe() {
        return describe(Wording.NEUTRAL);
    }

    /** The same in a front door's words. */
    public String describe(Wording wording) {
        return file + ":" + line + ":" + column + ": error: " + problem.in(wording);
    }
}
