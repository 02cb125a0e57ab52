package dev.deploytrack.release;

import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.YamlNodes;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Which tools let an agent change things, read from its frontmatter: an agent definition's {@code tools} (without
 * one, Claude Code gives a subagent every tool, writing ones included) or a skill's {@code allowed-tools}. A risk
 * rule of deployment requests and a line of the checklist.
 */
final class AgentTools {

    /** Tools that write files or run commands. */
    static final Set<String> WRITING = Set.of("Write", "Edit", "MultiEdit", "NotebookEdit", "Bash");

    private AgentTools() {
    }

    /**
     * The writing tools the agent defined by {@code text} may use: {@code ["all tools (no tools list)"]} for an agent
     * definition without {@code tools}, empty when it has none.
     *
     * @param definition whether the file is an agent definition (else a skill)
     */
    static List<String> writing(byte[] text, boolean definition) {
        Optional<MappingNode> frontmatter;
        try {
            Frontmatter split = Frontmatter.split(SourceText.decode(text).text());
            frontmatter = split.status() != Frontmatter.Status.PRESENT ? Optional.empty()
                    : split.parse().filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
        } catch (YamlSyntaxException | RuntimeException e) {
            return List.of();
        }
        Optional<Node> tools = frontmatter.flatMap(map -> value(map, definition ? "tools" : "allowed-tools"));
        if (tools.isEmpty() || YamlNodes.isNull(tools.get())) {
            return definition ? List.of("every tool (no tools list)") : List.of();
        }
        List<String> names = new ArrayList<>();
        if (tools.get() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String name = YamlNodes.scalarText(item);
                if (name != null) {
                    names.add(name.strip());
                }
            }
        } else if (YamlNodes.scalarText(tools.get()) != null) {
            for (String name : YamlNodes.scalarText(tools.get()).split("[,\\s]+(?![^(]*\\))")) {
                names.add(name.strip());
            }
        }
        List<String> writing = new ArrayList<>();
        for (String name : names) {
            String bare = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
            if (WRITING.contains(bare) && !writing.contains(name)) {
                writing.add(name);
            }
        }
        return writing;
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (key.equals(YamlNodes.scalarText(tuple.getKeyNode()))) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }
}
