package dev.deploytrack.yaml;

import java.util.Locale;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Small questions about composed YAML nodes: positions, what kind of value a node holds, and its string value. */
public final class YamlNodes {

    private YamlNodes() {
    }

    /** 1-based file line of {@code node}, for a fragment starting on file line {@code firstLine}. */
    public static int line(Node node, int firstLine) {
        return node.getStartMark().map(mark -> mark.getLine() + firstLine).orElse(firstLine);
    }

    /** 1-based column of {@code node}. */
    public static int column(Node node) {
        return node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(1);
    }

    /** Whether the node is a scalar the core schema resolves to a string (quoted, or plain and not a number etc.). */
    public static boolean isString(Node node) {
        return node instanceof ScalarNode && Tag.STR.equals(node.getTag());
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** The scalar's text as written (for a string, its value). */
    public static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** How a message names the node's kind: "a string", "a number", "a boolean", "empty (null)", "a list"... */
    public static String describeKind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = node.getTag();
        if (Tag.STR.equals(tag)) {
            return "a string";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number";
        }
        if (Tag.BOOL.equals(tag)) {
            return "a boolean";
        }
        if (Tag.NULL.equals(tag)) {
            return "empty (null)";
        }
        return "a value tagged " + tag.getValue().toLowerCase(Locale.ROOT);
    }
}
