package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "If you include a manifest, name is the only required field" (plugins reference); claude plugin validate 2.1.332:
 * "Plugin name cannot contain spaces. Use kebab-case".
 */
public final class PluginName extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-name", Severity.ERROR,
            "a plugin manifest names the plugin",
            "A plugin manifest needs 'name', a non-empty string without spaces; without it the plugin fails to "
                    + "load.");

    public PluginName() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        JsonTree name = manifest.get("name");
        String directory = manifest.plugin() == null || manifest.plugin().root().isEmpty() ? "my-plugin"
                : manifest.plugin().root().substring(manifest.plugin().root().lastIndexOf('/') + 1);
        if (name == null) {
            manifest.report(context, RULE, manifest.root(), "the plugin manifest has no 'name', the one required "
                    + "field", "add \"name\": \"" + PluginNames.kebab(directory) + "\"");
        } else if (!name.is(JsonTree.Kind.STRING) || name.text.isBlank()) {
            manifest.report(context, RULE, name, "the plugin's 'name' must be a non-empty string, but it is "
                    + (name.is(JsonTree.Kind.STRING) ? "blank" : name.describe()), "write \"name\": \""
                    + PluginNames.kebab(directory) + "\"");
        } else if (name.text.contains(" ")) {
            manifest.report(context, RULE, name, "plugin name '" + name.text + "' contains spaces, which Claude "
                    + "Code rejects", "use kebab-case: \"" + PluginNames.kebab(name.text) + "\"");
        }
    }
}
