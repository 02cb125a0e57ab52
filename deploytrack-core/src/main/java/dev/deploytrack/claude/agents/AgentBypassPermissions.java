package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * {@code permissionMode: bypassPermissions}: "Only use this mode in isolated environments like containers or VMs
 * where Claude Code can't cause damage" (permissions).
 */
public final class AgentBypassPermissions extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-bypass-permissions", Severity.WARNING,
            "a committed subagent does not bypass permissions",
            "A subagent with permissionMode: bypassPermissions runs every tool without asking. Claude Code's "
                    + "documentation reserves the mode for isolated environments such as containers and VMs.");

    public AgentBypassPermissions() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        var mode = agent.field("permissionMode");
        if (mode.isPresent() && "bypassPermissions".equals(agent.string("permissionMode")) && !agent.inPlugin()) {
            agent.report(context, RULE, mode.get(), "the subagent runs with permissionMode: bypassPermissions, so "
                    + "it uses every tool without asking", "use acceptEdits or default, and grant the tools it "
                    + "needs with 'tools'");
        }
    }
}
