package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;

/** {@code tools} and {@code disallowedTools} are a comma-separated string or a list of strings (sub-agents). */
public final class AgentToolsType extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-tools-type", Severity.WARNING,
            "a subagent's tools are a string or a list of strings",
            "'tools' and 'disallowedTools' are a comma-separated string ('tools: Read, Grep') or a YAML list of "
                    + "tool names.");

    public AgentToolsType() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        for (String field : new String[] {"tools", "disallowedTools"}) {
            var value = agent.field(field);
            if (value.isPresent() && !YamlNodes.isNull(value.get()) && !ToolList.wellFormed(value.get())) {
                agent.report(context, RULE, value.get(), "'" + field + "' is " + YamlNodes.describeKind(value.get())
                        + "; Claude Code expects tool names as a string or a list of strings",
                        "e.g. " + field + ": Read, Grep, Glob");
            }
        }
    }
}
