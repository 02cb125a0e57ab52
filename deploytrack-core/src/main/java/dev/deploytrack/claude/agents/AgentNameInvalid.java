package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;

/** "A name that starts with - or contains ':': Claude Code skips the file" (sub-agents; since 2.1.218). */
public final class AgentNameInvalid extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-name-invalid", Severity.ERROR,
            "a subagent's name is one Claude Code loads",
            "Claude Code skips a subagent whose name starts with '-' or contains ':' (accepted before 2.1.218), "
                    + "or whose name is not a string.");

    public AgentNameInvalid() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        var name = agent.field("name");
        if (name.isEmpty()) {
            return;
        }
        if (!YamlNodes.isString(name.get())) {
            agent.report(context, RULE, name.get(), "the subagent's name is " + YamlNodes.describeKind(name.get())
                    + ", not a string", "write the name in lowercase letters and hyphens, e.g. '"
                    + AgentNames.kebab(agent.baseName()) + "'");
            return;
        }
        String text = YamlNodes.scalarText(name.get()).strip();
        if (text.startsWith("-") || text.contains(":")) {
            agent.report(context, RULE, name.get(), "subagent name '" + text + "' " + (text.startsWith("-")
                    ? "starts with '-'" : "contains ':'") + ", so Claude Code skips the file",
                    "use '" + AgentNames.kebab(text) + "'");
        }
    }
}
