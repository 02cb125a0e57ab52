package dev.deploytrack.source;

import java.io.IOException;

/**
 * An input file deploytrack will not or cannot read, in words a person can act on: which file, what is wrong, what to
 * do. Front doors print {@link #describe()} and stop with the usage/I-O status (2 on the command line).
 */
public final class InputFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String hint;

    public InputFileException(String file, String problem, String hint) {
        super(problem);
        this.file = file;
        this.hint = hint;
    }

    /** How the file was named (relative to the repository where it is inside one). */
    public String file() {
        return file;
    }

    /** What to do about it. */
    public String hint() {
        return hint;
    }

    /** {@code deploytrack.yml: error: the configuration is not a regular file ...; hint: ...}. */
    public String describe() {
        return file + ": error: " + getMessage() + (hint == null ? "" : "\n    hint: " + hint);
    }
}
