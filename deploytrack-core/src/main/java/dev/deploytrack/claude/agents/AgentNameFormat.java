package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;

/** "name ... Unique identifier using lowercase letters and hyphens" (sub-agents); other forms still load. */
public final class AgentNameFormat extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-name-format", Severity.WARNING,
            "a subagent's name is lowercase letters, digits and hyphens",
            "The documented form of a subagent name is lowercase letters and hyphens. Other names load, but "
                    + "they are awkward to @-mention and to name in Agent(...) permission rules.");

    public AgentNameFormat() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        var name = agent.field("name");
        if (name.isEmpty() || !YamlNodes.isString(name.get())) {
            return;
        }
        String text = YamlNodes.scalarText(name.get()).strip();
        if (text.isEmpty() || text.startsWith("-") || text.contains(":") || AgentNames.isKebab(text)) {
            return; // empty: description rule; '-' and ':' are claude-agent-name-invalid's
        }
        agent.report(context, RULE, name.get(), "subagent name '" + text + "' is not lowercase letters, digits "
                + "and hyphens", "use '" + AgentNames.kebab(text) + "', and update references to the old name");
    }
}
