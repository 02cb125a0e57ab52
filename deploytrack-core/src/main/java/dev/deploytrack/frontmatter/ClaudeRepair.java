package dev.deploytrack.frontmatter;

import dev.deploytrack.yaml.SafeYaml;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claude Code's second reading of frontmatter that strict YAML rejects: it quotes single-line top-level values that
 * YAML would misread and parses again (changelog 2.1.69: "Fixed skill descriptions with colons ... failing to
 * load"; Anthropic's validate-frontmatter.ts calls its version of this "a repair pass"). Modelled on the behaviour
 * observed with Claude Code 2.1.332: a value is quoted when it holds {@code ": "} or {@code " #"} (which YAML reads
 * as a nested mapping or a comment), or when its line is not YAML on its own (it starts with {@code *}, {@code @},
 * a backquote...), unless it is already one quoted scalar, starts a block scalar, or continues on indented lines
 * (multi-line plain scalars are not repaired, and such files fail in Claude Code too). A value that is valid YAML
 * on its own line, such as a flow list {@code [Read, Grep]}, keeps its meaning.
 */
final class ClaudeRepair {

    private static final Pattern TOP_LEVEL = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*):[ \\t]+(\\S.*?)[ \\t]*");
    private static final String SPECIAL = "{}[]*&#!|>%@`";

    private ClaudeRepair() {
    }

    /** The repaired text and the lines (0-based within the YAML) whose value was quoted. */
    record Repaired(String yaml, List<Integer> lines) {
    }

    /** The text with every value that needs it quoted; no lines when nothing needed quoting. */
    static Repaired repair(String yaml) {
        String[] lines = yaml.split("(?<=\n)", -1);
        StringBuilder out = new StringBuilder(yaml.length() + 16);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String ending = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
            String content = line.substring(0, line.length() - ending.length());
            Matcher matcher = TOP_LEVEL.matcher(content);
            if (matcher.matches() && needsQuotes(content, matcher.group(2)) && !continues(lines, i)) {
                out.append(matcher.group(1)).append(": ").append(quote(matcher.group(2))).append(ending);
                changed.add(i);
            } else {
                out.append(line);
            }
        }
        return new Repaired(out.toString(), changed);
    }

    /**
     * Where the value of a single-line top-level {@code key: value} line starts and ends (trailing blanks excluded),
     * as the repair reads it; null when the line is not such a line.
     */
    static int[] valueSpan(String line) {
        Matcher matcher = TOP_LEVEL.matcher(line);
        return matcher.matches() ? new int[] {matcher.start(2), matcher.end(2)} : null;
    }

    /** The key of a single-line top-level {@code key: value} (or {@code key:}) line, or null. */
    static String topLevelKey(String line) {
        Matcher matcher = KEY_LINE.matcher(line);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*):(?:[ \\t].*)?");

    private static boolean needsQuotes(String line, String value) {
        char first = value.charAt(0);
        if (first == '|' || first == '>' || isOneQuotedScalar(value)) {
            return false; // a block scalar, or already quoted
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":") || first == '"' || first == '\'') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (SPECIAL.indexOf(value.charAt(i)) >= 0) {
                return !parsesAlone(line);
            }
        }
        return false;
    }

    /** Whether one {@code key: value} line is YAML by itself. */
    private static boolean parsesAlone(String line) {
        try {
            SafeYaml.parse(line, 1);
            return true;
        } catch (YamlSyntaxException e) {
            return false;
        }
    }

    private static boolean isOneQuotedScalar(String value) {
        char first = value.charAt(0);
        if ((first != '"' && first != '\'') || value.length() < 2 || value.charAt(value.length() - 1) != first) {
            return false;
        }
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (first == '\'' && c == '\'') {
                if (i + 1 < value.length() - 1 && value.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return false;
            }
            if (first == '"' && c == '\\') {
                i++;
            } else if (first == '"' && c == '"') {
                return false;
            }
        }
        return true;
    }

    /** Whether the value on line {@code i} continues on the next line (an indented, non-blank line). */
    private static boolean continues(String[] lines, int i) {
        for (int next = i + 1; next < lines.length; next++) {
            String line = lines[next];
            if (line.isBlank()) {
                continue;
            }
            return line.charAt(0) == ' ' || line.charAt(0) == '\t';
        }
        return false;
    }

    /** Single quotes when the value has none; otherwise double quotes with backslashes and quotes escaped. */
    static String quote(String value) {
        if (value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
