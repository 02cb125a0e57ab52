package dev.deploytrack.claude;

import dev.deploytrack.yaml.YamlNodes;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A list of tools as frontmatter writes it ({@code tools}, {@code allowed-tools}): a string separated by commas or
 * spaces ("Accepts a space- or comma-separated string, or a YAML list"), where {@code Bash(git add *)} is one entry
 * because separators inside parentheses do not split.
 */
public final class ToolList {

    /** One entry and the node it was written in. */
    public record Entry(String text, Node node) {

        /** The tool name: the part before {@code (}. */
        public String tool() {
            int paren = text.indexOf('(');
            return (paren < 0 ? text : text.substring(0, paren)).strip();
        }

        /** The specifier inside the parentheses, or null. */
        public String specifier() {
            int open = text.indexOf('(');
            return open < 0 || !text.endsWith(")") ? null : text.substring(open + 1, text.length() - 1);
        }
    }

    private ToolList() {
    }

    /** Whether {@code node} has a shape a tool list may have: a string, or a list of strings. */
    public static boolean wellFormed(Node node) {
        if (YamlNodes.isString(node)) {
            return true;
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!YamlNodes.isString(item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The entries of a tool list (nothing for a value of another shape). */
    public static List<Entry> entries(Node node) {
        List<Entry> entries = new ArrayList<>();
        if (YamlNodes.isString(node)) {
            for (String part : split(YamlNodes.scalarText(node))) {
                entries.add(new Entry(part, node));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (YamlNodes.isString(item)) {
                    for (String part : split(YamlNodes.scalarText(item))) {
                        entries.add(new Entry(part, item));
                    }
                }
            }
        }
        return entries;
    }

    /** Splits on commas and white space outside parentheses. */
    public static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                if (!part.isEmpty()) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
            } else {
                part.append(c);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }
}
