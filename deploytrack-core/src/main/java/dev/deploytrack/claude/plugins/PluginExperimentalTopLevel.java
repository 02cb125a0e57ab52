package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Changelog 2.1.129: themes and monitors moved under experimental; "Top-level declarations still work but claude
 * plugin validate will warn".
 */
public final class PluginExperimentalTopLevel extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-experimental-top-level", Severity.WARNING,
            "themes and monitors are under experimental",
            "Since Claude Code 2.1.129 a plugin declares 'themes' and 'monitors' under 'experimental'; top-level "
                    + "declarations still work for now.");

    public PluginExperimentalTopLevel() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        for (String field : new String[] {"themes", "monitors"}) {
            if (manifest.get(field) != null) {
                manifest.reportKey(context, RULE, manifest.root(), field, "'" + field + "' belongs under "
                        + "'experimental' since Claude Code 2.1.129", "move it: \"experimental\": {\"" + field
                        + "\": ...}");
            }
        }
    }
}
