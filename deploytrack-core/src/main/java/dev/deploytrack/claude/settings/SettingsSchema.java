package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A known settings key holding a value of the wrong type: a value the schema rejects is a Settings Error, and the
 * whole file is dropped (settings; `claude doctor` 2.1.332: "model: Expected string, but received number"). Types
 * from the published schema (json.schemastore.org/claude-code-settings.json); the schema allows other keys, so
 * unknown keys are not reported.
 */
public final class SettingsSchema extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-settings-schema", Severity.ERROR,
            "settings values have their documented types",
            "Known keys of Claude Code settings hold the type the published schema gives them (permissions and "
                    + "hooks objects, model a string, env an object of strings...); a value of another type makes "
                    + "Claude Code drop the whole file.");

    private static final Map<String, JsonTree.Kind> TYPES = types();

    private static Map<String, JsonTree.Kind> types() {
        Map<String, JsonTree.Kind> types = new LinkedHashMap<>();
        for (String key : new String[] {"permissions", "hooks", "env", "enabledPlugins", "statusLine",
            "extraKnownMarketplaces", "sandbox", "attribution", "worktree"}) {
            types.put(key, JsonTree.Kind.OBJECT);
        }
        for (String key : new String[] {"model", "apiKeyHelper", "outputStyle", "forceLoginMethod",
            "forceLoginOrgUUID", "awsAuthRefresh", "awsCredentialExport", "otelHeadersHelper", "language",
            "autoUpdatesChannel", "defaultShell"}) {
            types.put(key, JsonTree.Kind.STRING);
        }
        for (String key : new String[] {"includeCoAuthoredBy", "enableAllProjectMcpServers", "disableAllHooks",
            "alwaysThinkingEnabled", "autoMemoryEnabled", "respectGitignore", "spinnerTipsEnabled",
            "disableBypassPermissionsMode"}) {
            types.put(key, JsonTree.Kind.BOOLEAN);
        }
        for (String key : new String[] {"enabledMcpjsonServers", "disabledMcpjsonServers", "claudeMdExcludes",
            "companyAnnouncements", "availableModels"}) {
            types.put(key, JsonTree.Kind.ARRAY);
        }
        types.put("cleanupPeriodDays", JsonTree.Kind.NUMBER);
        return types;
    }

    public SettingsSchema() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        if (!settings.parsed().ok() || !settings.root().is(JsonTree.Kind.OBJECT)) {
            return;
        }
        for (Map.Entry<String, JsonTree> entry : settings.root().fields.entrySet()) {
            JsonTree.Kind expected = TYPES.get(entry.getKey());
            JsonTree value = entry.getValue();
            if (expected != null && !value.is(expected)) {
                settings.report(context, RULE, value, "'" + entry.getKey() + "' must be " + JsonTree.describe(expected)
                        + ", but it is " + value.describe() + "; Claude Code drops the whole settings file",
                        null);
            }
        }
        JsonTree env = settings.get("env");
        if (env != null && env.is(JsonTree.Kind.OBJECT)) {
            for (Map.Entry<String, JsonTree> variable : env.fields.entrySet()) {
                if (!variable.getValue().is(JsonTree.Kind.STRING)) {
                    settings.report(context, RULE, variable.getValue(), "env." + variable.getKey() + " must be a "
                            + "string, but it is " + variable.getValue().describe(), "quote it");
                }
            }
        }
        JsonTree permissions = settings.get("permissions");
        if (permissions != null && permissions.is(JsonTree.Kind.OBJECT)) {
            for (String list : new String[] {"allow", "ask", "deny", "additionalDirectories"}) {
                JsonTree value = permissions.get(list);
                if (value == null) {
                    continue;
                }
                if (!value.is(JsonTree.Kind.ARRAY)) {
                    settings.report(context, RULE, value, "permissions." + list + " must be an array of strings, "
                            + "but it is " + value.describe(), null);
                    continue;
                }
                for (JsonTree item : value.items) {
                    if (!item.is(JsonTree.Kind.STRING)) {
                        settings.report(context, RULE, item, "permissions." + list + " holds " + item.describe()
                                + "; its entries are strings", null);
                    }
                }
            }
        }
    }
}
