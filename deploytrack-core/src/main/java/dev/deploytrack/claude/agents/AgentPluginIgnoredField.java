package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "For security reasons, plugin subagents don't support the hooks, mcpServers, or permissionMode frontmatter fields.
 * These fields are ignored when loading agents from a plugin" (plugins reference).
 */
public final class AgentPluginIgnoredField extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-plugin-ignored-field", Severity.WARNING,
            "plugin subagents use only the fields plugins support",
            "Claude Code ignores 'hooks', 'mcpServers' and 'permissionMode' in a plugin's subagents.");

    public AgentPluginIgnoredField() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        if (!agent.inPlugin()) {
            return;
        }
        for (String field : new String[] {"hooks", "mcpServers", "permissionMode"}) {
            if (agent.field(field).isPresent()) {
                agent.reportField(context, RULE, field, "'" + field + "' is ignored in a plugin's subagent",
                        field.equals("hooks") ? "declare the hooks in the plugin's hooks/hooks.json"
                                : field.equals("mcpServers") ? "declare the servers in the plugin's .mcp.json"
                                : "remove it");
            }
        }
    }
}
