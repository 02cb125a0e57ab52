package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.Tools;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * An entry of {@code tools}/{@code disallowedTools} that is not a Claude Code tool. A warning: the tool list grows
 * with every release, and unknown names are ignored.
 */
public final class AgentToolsUnknown extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-tools-unknown", Severity.WARNING,
            "a subagent's tools are Claude Code tools",
            "Each entry of 'tools' and 'disallowedTools' should be a tool of the tools reference (or mcp__...). "
                    + "Retired names (LS, TodoRead, NotebookRead, KillShell, BashOutput, MultiEdit) no longer "
                    + "exist. Unknown names are ignored, so the subagent lacks (or keeps) a tool it was meant to.");

    public AgentToolsUnknown() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        if (!AgentTools.noneResolve(agent)) {
            Tools.reportUnknown(context, agent, RULE, AgentTools.entries(agent, "tools"), "tools");
        }
        Tools.reportUnknown(context, agent, RULE, AgentTools.entries(agent, "disallowedTools"), "disallowedTools");
    }
}
