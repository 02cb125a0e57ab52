package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A plugin name Claude Code 2.1.332 reserves ("Plugin name ... is reserved ... If this is one of Anthropic's own
 * plugins, validate the marketplace that lists it"). Not in the 2.1.240 documentation, and Anthropic's own
 * repositories use such names, hence a warning.
 */
public final class PluginReservedName extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-reserved-name", Severity.WARNING,
            "plugin names are not reserved",
            "Names starting with claude-, anthropic-, anthropics- or cc-plugin-, the bare words claude, anthropic "
                    + "and claude-code, and names that put 'official' beside Claude or Anthropic are reserved for "
                    + "Anthropic's plugins.");

    public PluginReservedName() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        JsonTree name = manifest.get("name");
        if (name != null && name.is(JsonTree.Kind.STRING) && PluginNames.reservedPlugin(name.text)) {
            manifest.report(context, RULE, name, "plugin name '" + name.text + "' is reserved for Anthropic's "
                    + "plugins; Claude Code's validator rejects it for other publishers",
                    "choose a name without the claude-/anthropic- prefix");
        }
    }
}
