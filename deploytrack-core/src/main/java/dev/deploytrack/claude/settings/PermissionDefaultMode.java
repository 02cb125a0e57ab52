package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.TreeSet;

/**
 * permissions.defaultMode outside its values: `claude doctor` 2.1.332 "permissions.defaultMode: Invalid value.
 * Expected one of: ..." (a value the schema rejects makes the whole file a Settings Error).
 */
public final class PermissionDefaultMode extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-default-mode", Severity.ERROR,
            "defaultMode is a permission mode",
            "permissions.defaultMode is default, acceptEdits, plan, auto, dontAsk, bypassPermissions or manual; "
                    + "another value is rejected, and Claude Code continues without the settings file.");

    public PermissionDefaultMode() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        JsonTree mode = PermissionRule.defaultMode(settings);
        if (mode != null && !(mode.is(JsonTree.Kind.STRING) && ClaudeCode.PERMISSION_MODES.contains(mode.text))) {
            String near = mode.text == null ? null : ClaudeCode.nearMiss(mode.text, ClaudeCode.PERMISSION_MODES);
            settings.report(context, RULE, mode, "defaultMode " + (mode.is(JsonTree.Kind.STRING) ? "'" + mode.text
                    + "'" : mode.describe()) + " is not a permission mode, so Claude Code rejects the settings file",
                    near != null ? "did you mean '" + near + "'?" : "use one of "
                            + String.join(", ", new TreeSet<>(ClaudeCode.PERMISSION_MODES)));
        }
    }
}
