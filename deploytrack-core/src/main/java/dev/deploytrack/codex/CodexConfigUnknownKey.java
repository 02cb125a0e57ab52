package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;
import java.util.Set;

/**
 * A key Codex does not know: it loads the file and ignores the key (observed with codex-cli 0.171.0: frobnicate, and
 * the retired TypeScript CLI's approvalMode, load without error), so a misspelled setting silently does nothing.
 */
public final class CodexConfigUnknownKey extends BaseRule<CodexConfig> {

    /** The keys of an mcp_servers entry (RawMcpServerConfig); bearer_token is codex-mcp-bearer-token-inline. */
    static final Set<String> SERVER_KEYS = Set.of("command", "args", "env", "env_vars", "cwd",
            "experimental_environment", "environment_id", "url", "bearer_token_env_var", "http_headers",
            "env_http_headers", "oauth", "oauth_resource", "scopes", "startup_timeout_sec", "startup_timeout_ms",
            "tool_timeout_sec", "enabled", "required", "enabled_tools", "disabled_tools",
            "default_tools_approval_mode", "tools", "supports_parallel_tool_calls", "name", "bearer_token");

    public static final Rule RULE = Rule.of("codex-config-unknown-key", Severity.WARNING,
            "Codex settings are keys Codex knows",
            "Codex ignores a key of config.toml it does not know (at the top level or in an mcp_servers table), "
                    + "so a misspelled or retired setting (approvalMode from the TypeScript CLI) silently does "
                    + "nothing. The known keys are Codex's published configuration schema.");

    public CodexConfigUnknownKey() {
        super(RULE);
    }

    @Override
    public void check(CodexConfig config, CheckContext context) {
        JsonTree root = config.root();
        for (String key : root.fields.keySet()) {
            if (!ConfigKeys.ALL.containsKey(key)) {
                config.reportKey(context, RULE, root, key, "Codex does not know the setting '" + key + "' and "
                        + "ignores it", hint(key));
            }
        }
        JsonTree servers = root.get("mcp_servers");
        if (servers == null || !servers.is(JsonTree.Kind.OBJECT)) {
            return;
        }
        for (Map.Entry<String, JsonTree> server : servers.fields.entrySet()) {
            if (!server.getValue().is(JsonTree.Kind.OBJECT)) {
                continue;
            }
            for (String key : server.getValue().fields.keySet()) {
                if (!SERVER_KEYS.contains(key)) {
                    config.reportKey(context, RULE, server.getValue(), key, "Codex does not know '" + key
                            + "' in MCP server '" + server.getKey() + "' and ignores it", key.equals("type")
                            ? "Codex picks the transport from 'command' or 'url'; remove 'type'"
                            : key.equals("headers") ? "Codex reads http_headers" : null);
                }
            }
        }
    }

    private static String hint(String key) {
        String snake = key.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
        if (ConfigKeys.ALL.containsKey(snake)) {
            return "did you mean '" + snake + "'?";
        }
        return key.equals("approvalMode") ? "the retired TypeScript CLI's setting; use approval_policy" : null;
    }
}
