package dev.deploytrack.yaml;

/**
 * YAML that could not be parsed, or that breaks a safety limit. Line and column are positions in the file (not in
 * the fragment that was parsed), 1-based.
 */
public final class YamlSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    public YamlSyntaxException(String problem, int line, int column) {
        super(problem + " (line " + line + ", column " + column + ")");
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
