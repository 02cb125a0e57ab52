package dev.deploytrack.claude.skills;

import dev.deploytrack.yaml.YamlNodes;
import java.util.Locale;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Claude Code's skill booleans: "Boolean fields accept yes, no, on, off, 1, and 0 in any letter case, in addition to
 * true and false. Before v2.1.218, Claude Code recognized only true and false" (skills).
 */
final class Booleans {

    static final String[] FIELDS = {"disable-model-invocation", "user-invocable", "background"};

    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0");

    private Booleans() {
    }

    /** Whether Claude Code reads the value as a boolean at all. */
    static boolean accepted(Node node) {
        return node instanceof ScalarNode && value(node) != null;
    }

    /** The boolean Claude Code reads, or null. */
    static Boolean value(Node node) {
        String text = YamlNodes.scalarText(node);
        if (text == null) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(lower) ? Boolean.TRUE : FALSE.contains(lower) ? Boolean.FALSE : null;
    }

    /** Whether the value is a YAML boolean as written (what every reader and older Claude Code take). */
    static boolean isYamlBoolean(Node node) {
        return Tag.BOOL.equals(node.getTag());
    }
}
