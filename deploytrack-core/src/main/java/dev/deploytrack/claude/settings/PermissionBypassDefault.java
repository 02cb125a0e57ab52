package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * defaultMode: bypassPermissions in a committed settings file: "Only use this mode in isolated environments like
 * containers or VMs where Claude Code can't cause damage" (permissions).
 */
public final class PermissionBypassDefault extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-bypass-default", Severity.WARNING,
            "committed settings do not bypass permissions",
            "defaultMode: bypassPermissions in a repository's settings makes every session of everyone who "
                    + "opens it run every tool without asking.");

    public PermissionBypassDefault() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        JsonTree mode = PermissionRule.defaultMode(settings);
        if (mode != null && "bypassPermissions".equals(mode.text)) {
            settings.report(context, RULE, mode, "defaultMode is bypassPermissions: every session in this "
                    + "repository runs every tool without asking", "use acceptEdits or default, with allow rules "
                    + "for what the team needs");
        }
    }
}
