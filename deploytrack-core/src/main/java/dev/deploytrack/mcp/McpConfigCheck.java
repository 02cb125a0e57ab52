package dev.deploytrack.mcp;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonFixes;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.source.SourceText;
import java.util.Map;

/**
 * MCP server configurations: valid JSON (JSONC for VS Code's file), reported at the parser's line and column, and
 * servers that a client can start: a {@code command} or a {@code url}, with arguments, environment and headers of the
 * right types. A Claude Code plugin's {@code .mcp.json} may list its servers at the top level (the flat form every
 * official plugin uses) or under {@code mcpServers}.
 */
public final class McpConfigCheck implements Check {

    @Override
    public void run(CheckContext context) {
        context.forEachText(context.agentFiles().mcpConfigs(), (path, text) -> check(context, path, text));
    }

    private void check(CheckContext context, String path, SourceText text) {
        boolean vscode = path.endsWith(".vscode/mcp.json");
        JsonFiles.Dialect dialect = vscode ? JsonFiles.Dialect.JSONC : JsonFiles.Dialect.STRICT;
        JsonFiles.Parsed parsed = JsonFiles.parse(text.text(), dialect);
        if (!parsed.ok()) {
            context.report(McpRules.JSON, path, parsed.line(), parsed.column(), parsed.problem(),
                    parsed.hint() == null && parsed.problem().startsWith("the file is empty")
                            ? "write {\"mcpServers\": {}} or delete the file" : parsed.hint());
            if (context.fixing()) {
                context.offer(JsonFixes.trailingCommas(McpRules.JSON, path, text, dialect));
            }
            return;
        }
        JsonTree root = parsed.tree();
        if (!root.is(JsonTree.Kind.OBJECT)) {
            context.report(McpRules.SCHEMA, path, root.line, root.column, "the configuration must be a JSON "
                    + "object, but it is " + root.describe(), null);
            return;
        }
        boolean plugin = context.agentFiles().pluginOf(path).isPresent();
        String key = vscode && !root.fields.containsKey("mcpServers") ? "servers" : "mcpServers";
        JsonTree servers = root.fields.get(key);
        if (servers == null && plugin && !root.fields.isEmpty()) {
            servers = root; // the flat form: server names at the top level
        }
        if (servers == null) {
            context.report(McpRules.NO_SERVERS, path, root.line, root.column, "no '" + key + "' object: this "
                    + "configuration declares no MCP servers", "add \"" + key + "\": { \"name\": { \"command\": "
                    + "\"...\" } }");
            return;
        }
        checkServers(context, path, key, servers, readByClaudeCode(path, plugin));
    }

    /** Claude Code reads .mcp.json (project and plugin) and the MCP files a plugin lists. */
    private static boolean readByClaudeCode(String path, boolean plugin) {
        return plugin || path.equals(".mcp.json") || path.endsWith("/.mcp.json");
    }

    /**
     * Checks an object of servers by name: an MCP file's {@code mcpServers}, or a plugin manifest's inline
     * {@code mcpServers}.
     *
     * @param claudeCode whether Claude Code reads the servers (its rules for {@code type} apply)
     */
    public static void checkServers(CheckContext context, String path, String key, JsonTree servers,
                                    boolean claudeCode) {
        if (!servers.is(JsonTree.Kind.OBJECT)) {
            context.report(McpRules.SCHEMA, path, servers.line, servers.column, "'" + key + "' must be an "
                    + "object mapping server names to servers, but it is " + servers.describe(), null);
            return;
        }
        for (Map.Entry<String, JsonTree> server : servers.fields.entrySet()) {
            checkServer(context, path, server.getKey(), server.getValue(), claudeCode);
        }
    }

    private static void checkServer(CheckContext context, String path, String name, JsonTree server,
                                    boolean claudeCode) {
        if (!server.is(JsonTree.Kind.OBJECT)) {
            context.report(McpRules.SCHEMA, path, server.line, server.column, "MCP server '" + name
                    + "' must be an object, but it is " + server.describe(), null);
            return;
        }
        JsonTree command = server.fields.get("command");
        JsonTree url = server.fields.get("url");
        if (command == null && url == null) {
            context.report(McpRules.SCHEMA, path, server.line, server.column, "MCP server '" + name
                    + "' has neither 'command' (a local server) nor 'url' (a remote server)",
                    "add \"command\": \"npx\" with \"args\", or \"url\": \"https://...\"");
        } else if (claudeCode && command == null && !server.fields.containsKey("type")) {
            context.report(McpRules.URL_WITHOUT_TYPE, path, url.line, url.column, "MCP server '" + name
                    + "' has a 'url' but no 'type': Claude Code reads an entry without 'type' as a stdio server "
                    + "and skips it", "add \"type\": \"http\" (streamable HTTP) or \"type\": \"sse\", "
                    + "whichever the server speaks");
        }
        requireString(context, path, name, "command", command);
        requireString(context, path, name, "url", url);
        requireString(context, path, name, "type", server.fields.get("type"));
        requireString(context, path, name, "cwd", server.fields.get("cwd"));
        JsonTree args = server.fields.get("args");
        if (args != null) {
            if (!args.is(JsonTree.Kind.ARRAY)) {
                context.report(McpRules.SCHEMA, path, args.line, args.column, "'args' of MCP server '" + name
                        + "' must be an array of strings, but it is " + args.describe(), null);
            } else {
                for (JsonTree arg : args.items) {
                    requireString(context, path, name, "args", arg);
                }
            }
        }
        requireStringMap(context, path, name, "env", server.fields.get("env"));
        requireStringMap(context, path, name, "headers", server.fields.get("headers"));
    }

    private static void requireString(CheckContext context, String path, String server, String field, JsonTree value) {
        if (value != null && !value.is(JsonTree.Kind.STRING)) {
            context.report(McpRules.SCHEMA, path, value.line, value.column, "'" + field + "' of MCP server '"
                    + server + "' must hold strings, but it holds " + value.describe(),
                    value.is(JsonTree.Kind.NUMBER) || value.is(JsonTree.Kind.BOOLEAN)
                            ? "quote it: \"" + value.text + "\"" : null);
        }
    }

    private static void requireStringMap(CheckContext context, String path, String server, String field, JsonTree value) {
        if (value == null) {
            return;
        }
        if (!value.is(JsonTree.Kind.OBJECT)) {
            context.report(McpRules.SCHEMA, path, value.line, value.column, "'" + field + "' of MCP server '"
                    + server + "' must be an object of names to strings, but it is " + value.describe(), null);
            return;
        }
        for (JsonTree entry : value.fields.values()) {
            requireString(context, path, server, field, entry);
        }
    }
}
