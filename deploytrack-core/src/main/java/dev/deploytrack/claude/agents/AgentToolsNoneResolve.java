package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.stream.Collectors;

/**
 * "If no entry in the list resolves to a tool, the subagent usually fails to launch with an error naming the
 * entries" (sub-agents).
 */
public final class AgentToolsNoneResolve extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-tools-none-resolve", Severity.ERROR,
            "a subagent's tools name at least one tool",
            "When no entry of a subagent's 'tools' is a Claude Code tool (or an mcp__ tool), the subagent fails "
                    + "to launch.");

    public AgentToolsNoneResolve() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        if (!AgentTools.noneResolve(agent)) {
            return;
        }
        String names = AgentTools.entries(agent, "tools").stream().map(ToolList.Entry::tool)
                .collect(Collectors.joining(", "));
        agent.report(context, RULE, agent.field("tools").orElseThrow(), "none of the subagent's tools (" + names
                + ") is a Claude Code tool, so the subagent fails to launch", "use the tool names of the tools "
                + "reference, e.g. Read, Grep, Glob, Bash, Edit, Write, WebFetch; or remove 'tools' to inherit all");
    }
}
