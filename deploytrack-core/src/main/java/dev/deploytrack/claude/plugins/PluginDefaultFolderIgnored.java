package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.PluginLayout;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/**
 * "When a plugin has both a default folder and the matching manifest key, Claude Code warns about the ignored folder"
 * (plugins reference): commands, agents, workflows and outputStyles replace their default folder.
 */
public final class PluginDefaultFolderIgnored extends BaseRule<PluginLayout> {

    public static final Rule RULE = Rule.of("claude-plugin-default-folder-ignored", Severity.WARNING,
            "default component folders are not silently ignored",
            "A manifest's commands, agents, workflows or outputStyles paths replace the default folder; files in "
                    + "that folder which the paths do not list are not loaded.");

    public PluginDefaultFolderIgnored() {
        super(RULE);
    }

    @Override
    public void check(PluginLayout layout, CheckContext context) {
        String manifestPath = layout.plugin().manifest();
        if (manifestPath == null) {
            return;
        }
        JsonFiles.Parsed parsed = context.json(manifestPath, JsonFiles.Dialect.JSON_PARSE).orElse(null);
        if (parsed == null || !parsed.ok() || !parsed.tree().is(JsonTree.Kind.OBJECT)) {
            return;
        }
        for (String field : PluginFields.REPLACING) {
            JsonTree value = parsed.tree().get(field);
            String folder = layout.plugin().resolve(PluginFields.defaultFolder(field));
            if (value == null || !layout.project().isDirectory(folder) || lists(value, folder, layout)) {
                continue;
            }
            context.report(RULE, manifestPath, parsed.tree().keyLine(field), parsed.tree().keyColumn(field), "'"
                    + field + "' replaces the default folder, so the files in " + folder + "/ that it does not "
                    + "list are not loaded", "list them too, or remove '" + field + "' to load the folder");
        }
    }

    /** Whether one of the field's paths is the folder or lies in it. */
    private static boolean lists(JsonTree value, String folder, PluginLayout layout) {
        List<JsonTree> items = value.is(JsonTree.Kind.ARRAY) ? value.items : List.of(value);
        for (JsonTree item : items) {
            if (item.is(JsonTree.Kind.STRING) && item.text.startsWith("./")) {
                String path = layout.plugin().resolve(item.text.substring(2));
                if (path.equals(folder) || path.equals(folder + "/") || path.startsWith(folder + "/")) {
                    return true;
                }
            }
        }
        return false;
    }
}
