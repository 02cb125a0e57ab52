package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "A deny or ask rule whose tool name matches no known tool produces a startup warning to catch typos. Tool names
 * containing _ or * are exempt from the check" (permissions).
 */
public final class PermissionUnknownTool extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-unknown-tool", Severity.WARNING,
            "deny and ask rules name known tools",
            "A deny or ask rule for a tool Claude Code does not have protects nothing; Claude Code warns at "
                    + "startup. Names with '_' or '*' (MCP tools) are not checked.");

    public PermissionUnknownTool() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        for (PermissionRule rule : PermissionRule.of(settings)) {
            String tool = rule.tool();
            if (rule.list().equals("allow") || !rule.wellFormed() || tool.contains("_") || tool.contains("*")
                    || settings.project().settings().isTool(tool) || ClaudeCode.LEGACY_TOOLS.contains(tool)) {
                continue;
            }
            String near = ClaudeCode.nearMiss(tool, ClaudeCode.TOOLS);
            settings.report(context, RULE, rule.value(), rule.list() + " rule '" + rule.text() + "' names '" + tool
                    + "', which is not a Claude Code tool, so it protects nothing",
                    near != null ? "did you mean '" + near + "'?" : "use a tool name of the tools reference");
        }
    }
}
