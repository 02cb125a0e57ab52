package dev.deploytrack.lint;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.YamlNodes;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Subagent definitions ({@code .claude/agents/*.md}): frontmatter that parses and holds the two fields every client
 * needs, a {@code name} and a {@code description} that says when to delegate.
 */
public final class AgentDefinitionCheck implements Check {

    @Override
    public void run(CheckContext context) {
        context.forEachText(context.agentFiles().agentDefinitions(), (path, text) -> check(context, path, text));
    }

    private void check(CheckContext context, String path, SourceText text) {
        Frontmatter frontmatter = Frontmatter.of(text);
        if (frontmatter.status() != Frontmatter.Status.PRESENT) {
            context.report(LintRules.AGENT_FRONTMATTER, path, 1, 1, frontmatter.status() == Frontmatter.Status.MISSING
                    ? "an agent definition must start with YAML frontmatter ('---' lines) holding name and description"
                    : "the frontmatter opened on line 1 is never closed", "add name and description between two "
                    + "'---' lines at the top of the file");
            return;
        }
        Optional<Node> root;
        try {
            root = frontmatter.parse();
        } catch (YamlSyntaxException e) {
            context.report(LintRules.AGENT_FRONTMATTER, path, e.line(), e.column(), "invalid YAML in frontmatter: "
                    + e.problem(), e.problem().contains("mapping values are not allowed")
                    ? "a value containing ': ' must be quoted" : null);
            return;
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            context.report(LintRules.AGENT_FRONTMATTER, path, 1, 1, "the frontmatter must be a mapping of fields",
                    null);
            return;
        }
        requireText(context, path, mapping, "name");
        requireText(context, path, mapping, "description");
    }

    private void requireText(CheckContext context, String path, MappingNode mapping, String field) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (field.equals(YamlNodes.scalarText(tuple.getKeyNode()))) {
                Node value = tuple.getValueNode();
                if (!YamlNodes.isString(value) || YamlNodes.scalarText(value).isBlank()) {
                    context.report(LintRules.AGENT_FRONTMATTER, path, YamlNodes.line(value, 2),
                            YamlNodes.column(value), "'" + field + "' must be a non-empty string, but it is "
                                    + (YamlNodes.isString(value) ? "blank" : YamlNodes.describeKind(value)), null);
                }
                return;
            }
        }
        context.report(LintRules.AGENT_FRONTMATTER, path, 1, 1, "the agent definition has no '" + field + "'",
                "add '" + field + ":' to the frontmatter");
    }
}
