package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Plugin name "x" is not kebab-case ... Claude Code accepts other forms, but the claude.ai marketplace sync rejects
 * them" (plugin-marketplaces).
 */
public final class PluginNameFormat extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-name-format", Severity.WARNING,
            "plugin names are kebab-case",
            "Claude Code loads a plugin whose name is not kebab-case, but the claude.ai marketplace sync and "
                    + "Claude Desktop reject it.");

    public PluginNameFormat() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        JsonTree name = manifest.get("name");
        if (name == null || !name.is(JsonTree.Kind.STRING) || name.text.isBlank() || name.text.contains(" ")
                || PluginNames.isKebab(name.text)) {
            return; // a missing, blank or spaced name is claude-plugin-name's
        }
        manifest.report(context, RULE, name, "plugin name '" + name.text + "' is not kebab-case"
                + (PluginNames.desktopAccepts(name.text) ? "" : ", and Claude Desktop does not accept it"),
                "use \"" + PluginNames.kebab(name.text) + "\"");
    }
}
