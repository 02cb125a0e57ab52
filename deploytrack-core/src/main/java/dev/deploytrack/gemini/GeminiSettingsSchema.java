package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;

/**
 * A known top-level setting with the wrong type. Gemini CLI validates settings with a schema and reports a failure as
 * a warning, still using the settings (settings.ts: severity 'warning'). Keys deploytrack does not know are not
 * reported: Gemini CLI migrates settings of its older flat format.
 */
public final class GeminiSettingsSchema extends BaseRule<GeminiJson> {

    /** The top-level settings and their JSON types (gemini-cli schemas/settings.schema.json, 5411f11, 2026-08-21). */
    static final Map<String, JsonTree.Kind> TYPES = Map.ofEntries(Map.entry("mcpServers", JsonTree.Kind.OBJECT),
            Map.entry("policyPaths", JsonTree.Kind.ARRAY), Map.entry("adminPolicyPaths", JsonTree.Kind.ARRAY),
            Map.entry("general", JsonTree.Kind.OBJECT), Map.entry("output", JsonTree.Kind.OBJECT),
            Map.entry("ui", JsonTree.Kind.OBJECT), Map.entry("ide", JsonTree.Kind.OBJECT),
            Map.entry("privacy", JsonTree.Kind.OBJECT), Map.entry("billing", JsonTree.Kind.OBJECT),
            Map.entry("model", JsonTree.Kind.OBJECT), Map.entry("modelConfigs", JsonTree.Kind.OBJECT),
            Map.entry("agents", JsonTree.Kind.OBJECT), Map.entry("context", JsonTree.Kind.OBJECT),
            Map.entry("tools", JsonTree.Kind.OBJECT), Map.entry("mcp", JsonTree.Kind.OBJECT),
            Map.entry("useWriteTodos", JsonTree.Kind.BOOLEAN), Map.entry("security", JsonTree.Kind.OBJECT),
            Map.entry("advanced", JsonTree.Kind.OBJECT), Map.entry("experimental", JsonTree.Kind.OBJECT),
            Map.entry("extensions", JsonTree.Kind.OBJECT), Map.entry("skills", JsonTree.Kind.OBJECT),
            Map.entry("hooksConfig", JsonTree.Kind.OBJECT), Map.entry("hooks", JsonTree.Kind.OBJECT),
            Map.entry("contextManagement", JsonTree.Kind.OBJECT), Map.entry("admin", JsonTree.Kind.OBJECT));

    public static final Rule RULE = Rule.of("gemini-settings-schema", Severity.WARNING,
            "Gemini CLI settings have their documented types",
            "A top-level setting of .gemini/settings.json with the wrong type (an object where a list belongs...). "
                    + "Gemini CLI reports a schema failure as a warning and goes on, so the setting may not do what "
                    + "it says. The types are Gemini CLI's published settings schema.");

    public GeminiSettingsSchema() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        JsonTree root = file.root();
        for (Map.Entry<String, JsonTree> entry : root.fields.entrySet()) {
            JsonTree.Kind expected = TYPES.get(entry.getKey());
            if (expected != null && !entry.getValue().is(expected)) {
                file.reportKey(context, RULE, root, entry.getKey(), "'" + entry.getKey() + "' is "
                        + entry.getValue().describe() + "; Gemini CLI expects " + JsonTree.describe(expected),
                        null);
            }
        }
    }
}
