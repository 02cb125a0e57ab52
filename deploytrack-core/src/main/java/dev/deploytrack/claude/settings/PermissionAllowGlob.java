package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "An unanchored allow glob such as "*", "B*", or "mcp__*" is skipped with a warning and doesn't auto-approve
 * anything" (permissions, "Tool name wildcards"); a glob after a literal mcp__server__ is fine.
 */
public final class PermissionAllowGlob extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-allow-glob", Severity.ERROR,
            "allow rules name their tool",
            "An allow rule whose tool name is a glob (\"*\", \"B*\", \"mcp__*\") is skipped and approves nothing; "
                    + "only the tool part after a literal mcp__<server>__ may hold one.");

    public PermissionAllowGlob() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        for (PermissionRule rule : PermissionRule.of(settings)) {
            String tool = rule.tool();
            if (!rule.list().equals("allow") || !rule.wellFormed() || !tool.contains("*")) {
                continue;
            }
            if (tool.matches("mcp__[^*_][^*]*?__.*")) {
                continue;
            }
            settings.report(context, RULE, rule.value(), "allow rule '" + rule.text() + "' has a glob in its tool "
                    + "name, so Claude Code skips it and approves nothing", "name the tool, e.g. \"Bash(git *)\", "
                    + "or the server: \"mcp__github__*\"");
        }
    }
}
