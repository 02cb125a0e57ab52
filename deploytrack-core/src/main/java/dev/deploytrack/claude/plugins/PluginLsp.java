package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;

/** "Required fields: command ... extensionToLanguage" (plugins reference, "LSP servers"), for inline servers. */
public final class PluginLsp extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-lsp", Severity.ERROR,
            "LSP servers have command and extensionToLanguage",
            "Each LSP server a plugin declares needs 'command' and 'extensionToLanguage' (file extensions to "
                    + "language ids).");

    public PluginLsp() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        JsonTree servers = manifest.get("lspServers");
        if (servers == null || !servers.is(JsonTree.Kind.OBJECT)) {
            return;
        }
        for (Map.Entry<String, JsonTree> server : servers.fields.entrySet()) {
            JsonTree value = server.getValue();
            if (!value.is(JsonTree.Kind.OBJECT)) {
                manifest.report(context, RULE, value, "LSP server '" + server.getKey() + "' must be an object", null);
                continue;
            }
            for (String field : new String[] {"command", "extensionToLanguage"}) {
                if (value.get(field) == null) {
                    manifest.report(context, RULE, value, "LSP server '" + server.getKey() + "' has no '" + field
                            + "'", field.equals("command") ? "add \"command\": the server's executable"
                            : "add \"extensionToLanguage\": {\".go\": \"go\"}");
                }
            }
        }
    }
}
