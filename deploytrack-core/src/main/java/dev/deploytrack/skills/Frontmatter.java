package dev.deploytrack.skills;

import dev.deploytrack.source.LineIndex;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.SafeYaml;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The YAML frontmatter of a Markdown file (SKILL.md, agent definitions): an opening line {@code ---} at the very
 * start and the next line that is exactly {@code ---} (trailing blanks allowed). A {@code ---} inside a value is
 * never a delimiter, because a delimiter must be a whole line at column 1 and YAML content on such a line is
 * always indented or quoted.
 */
public final class Frontmatter {

    /** Whether the file has frontmatter at all. */
    public enum Status {
        /** The file does not start with a {@code ---} line. */
        MISSING,
        /** A {@code ---} line opens frontmatter but none closes it. */
        UNCLOSED,
        PRESENT
    }

    private final Status status;
    private final String yaml;
    private final int closingLine;
    private final String body;
    private final int bodyStartLine;
    private Optional<Node> parsed;
    private YamlSyntaxException parseError;

    private Frontmatter(Status status, String yaml, int closingLine, String body, int bodyStartLine) {
        this.status = status;
        this.yaml = yaml;
        this.closingLine = closingLine;
        this.body = body;
        this.bodyStartLine = bodyStartLine;
    }

    /**
     * The frontmatter of a decoded file, split and (on first {@link #parse()}) parsed once per run however many
     * checks ask: skills, token budgets and cost all read SKILL.md frontmatter.
     */
    public static Frontmatter of(SourceText source) {
        return source.derived(Frontmatter.class, text -> split(text.text()));
    }

    /** Splits {@code text} (byte-order mark already removed) into frontmatter and body. */
    public static Frontmatter split(String text) {
        LineIndex lines = LineIndex.of(text);
        if (!isDelimiter(lineText(text, lines, 1))) {
            return new Frontmatter(Status.MISSING, null, 0, text, 1);
        }
        for (int line = 2; line <= lines.lineCount(); line++) {
            if (isDelimiter(lineText(text, lines, line))) {
                String yaml = text.substring(lines.lineStart(2), lines.lineStart(line));
                String body = line < lines.lineCount() ? text.substring(lines.lineStart(line + 1)) : "";
                return new Frontmatter(Status.PRESENT, yaml, line, body, line + 1);
            }
        }
        return new Frontmatter(Status.UNCLOSED, null, 0, "", lines.lineCount() + 1);
    }

    private static String lineText(String text, LineIndex lines, int line) {
        int start = lines.lineStart(line);
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        return text.substring(start, end);
    }

    private static boolean isDelimiter(String line) {
        if (!line.startsWith("---")) {
            return false;
        }
        for (int i = 3; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    public Status status() {
        return status;
    }

    /** The YAML between the delimiters; it starts on file line 2. */
    public String yaml() {
        return yaml;
    }

    /** The file line holding the closing {@code ---}. */
    public int closingLine() {
        return closingLine;
    }

    /** The Markdown after the closing delimiter (the whole text when there is no frontmatter). */
    public String body() {
        return body;
    }

    /** The file line on which the body starts. */
    public int bodyStartLine() {
        return bodyStartLine;
    }

    /**
     * Parses the YAML with {@link SafeYaml} (once; later calls return the same tree or throw the same error);
     * positions are file positions. Empty for empty frontmatter. Callers only read the tree.
     */
    public Optional<Node> parse() throws YamlSyntaxException {
        if (status != Status.PRESENT) {
            throw new IllegalStateException("no frontmatter to parse");
        }
        if (parsed == null && parseError == null) {
            try {
                parsed = SafeYaml.parse(yaml, 2);
            } catch (YamlSyntaxException e) {
                parseError = e;
            }
        }
        if (parseError != null) {
            throw parseError;
        }
        return parsed;
    }
}
