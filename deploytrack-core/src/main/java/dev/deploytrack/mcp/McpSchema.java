package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A server a client can start: an object with a {@code command} (a local process) or a URL (a remote server), its
 * string fields strings and its {@code env} and headers maps of strings. Codex and Gemini CLI check the transport
 * with their own rules (codex-mcp-transport, gemini-mcp-transport), which quote what each refuses.
 */
public final class McpSchema extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-schema", Severity.ERROR,
            "MCP servers are well formed",
            "Each MCP server is an object with a 'command' (a local process) or a 'url' (a remote server); "
                    + "'command', 'url', 'type' and 'cwd' are strings, 'env' and the headers map names to strings.");

    public McpSchema() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            server.report(context, RULE, server.server(), server.describe() + " must be an object, but it is "
                    + server.server().describe(), null);
            return;
        }
        JsonTree command = server.get("command");
        if (!server.client().checksTransportItself() && command == null && server.get("url") == null) {
            server.report(context, RULE, server.server(), server.describe() + " has neither 'command' (a local "
                    + "server) nor 'url' (a remote server)", "add \"command\": \"npx\" with \"args\", or \"url\": "
                    + "\"https://...\"");
        }
        for (String key : new String[] {"command", "url", "httpUrl", "type", "cwd"}) {
            requireString(context, server, key, server.get(key));
        }
        requireStringMap(context, server, "env", server.get("env"));
        requireStringMap(context, server, server.client().headersKey(), server.get(server.client().headersKey()));
        if (server.client() == McpClient.CODEX) {
            requireStringMap(context, server, "env_http_headers", server.get("env_http_headers"));
        }
    }

    private static void requireString(CheckContext context, McpServer server, String field, JsonTree value) {
        if (value != null && !value.is(JsonTree.Kind.STRING)) {
            server.report(context, RULE, value, "'" + field + "' of " + server.describe() + " must hold strings, "
                    + "but it holds " + value.describe(), value.is(JsonTree.Kind.NUMBER)
                    || value.is(JsonTree.Kind.BOOLEAN) ? "quote it: \"" + value.text + "\"" : null);
        }
    }

    private static void requireStringMap(CheckContext context, McpServer server, String field, JsonTree value) {
        if (value == null) {
            return;
        }
        if (!value.is(JsonTree.Kind.OBJECT)) {
            server.report(context, RULE, value, "'" + field + "' of " + server.describe() + " must be an object "
                    + "of names to strings, but it is " + value.describe(), null);
            return;
        }
        for (JsonTree entry : value.fields.values()) {
            requireString(context, server, field, entry);
        }
    }
}
