package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Permission rules follow the format Tool or Tool(specifier)"; "Settings Warning: ... a malformed permission rule
 * ... Claude Code skips those values" (permissions, settings).
 */
public final class PermissionSyntax extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-syntax", Severity.ERROR,
            "permission rules are Tool or Tool(specifier)",
            "A permission rule is a tool name, optionally followed by one parenthesised specifier; a malformed "
                    + "rule (empty, unbalanced parentheses) is skipped, so a deny rule protects nothing.");

    public PermissionSyntax() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        for (PermissionRule rule : PermissionRule.of(settings)) {
            if (!rule.wellFormed()) {
                settings.report(context, RULE, rule.value(), "permission rule '" + rule.text() + "' in "
                        + rule.list() + " is not Tool or Tool(specifier); Claude Code skips it",
                        "e.g. \"Bash(npm run test:*)\", \"Read(./.env)\", \"WebFetch\"");
            }
        }
    }
}
