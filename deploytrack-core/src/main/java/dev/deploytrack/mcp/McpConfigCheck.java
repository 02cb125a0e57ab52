package dev.deploytrack.mcp;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonFixes;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.source.SourceText;
import java.util.HashSet;
import java.util.Set;

/**
 * The MCP JSON files: valid JSON (JSONC for VS Code's file), reported at the parser's line and column, with an object
 * of servers; each server is then checked by the server rules for the client that reads the file. A Claude Code
 * plugin's {@code .mcp.json} may list its servers at the top level (the flat form every official plugin uses) or
 * under {@code mcpServers}.
 */
public final class McpConfigCheck implements Check {

    @Override
    public void run(CheckContext context) {
        if (context.agentFiles().mcpConfigs().isEmpty()) {
            return;
        }
        Set<String> files = new HashSet<>(context.workspace().files());
        context.forEachText(context.agentFiles().mcpConfigs(), (path, text) -> check(context, path, text, files));
    }

    private void check(CheckContext context, String path, SourceText text, Set<String> files) {
        boolean plugin = context.agentFiles().pluginOf(path).isPresent();
        McpClient client = clientOf(path, plugin, files);
        JsonFiles.Dialect dialect = client == McpClient.VS_CODE ? JsonFiles.Dialect.JSONC : JsonFiles.Dialect.STRICT;
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
            context.report(McpSchema.RULE, path, root.line, root.column, "the configuration must be a JSON "
                    + "object, but it is " + root.describe(), null);
            return;
        }
        String key = client == McpClient.VS_CODE && !root.fields.containsKey("mcpServers") ? "servers" : "mcpServers";
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
        McpServers.check(context, path, client, key, servers);
    }

    /**
     * The client reading an MCP JSON file, by its location. A {@code .mcp.json} beside a root {@code plugin.json} (or
     * {@code .github/plugin/plugin.json}) outside a Claude Code plugin belongs to a Copilot CLI plugin, so Claude
     * Code's own rules (a url without type, reserved names) do not apply to it.
     */
    static McpClient clientOf(String path, boolean plugin, Set<String> files) {
        if (!plugin && (path.equals(".mcp.json") || path.endsWith("/.mcp.json"))) {
            String dir = path.substring(0, path.length() - ".mcp.json".length());
            if (files.contains(dir + "plugin.json") || files.contains(dir + ".github/plugin/plugin.json")) {
                return McpClient.COPILOT_CLI;
            }
        }
        if (path.equals(".cursor/mcp.json") || path.endsWith("/.cursor/mcp.json")) {
            return McpClient.CURSOR;
        }
        if (path.equals(".vscode/mcp.json") || path.endsWith("/.vscode/mcp.json")) {
            return McpClient.VS_CODE;
        }
        if (!plugin && (path.equals("claude_desktop_config.json") || path.endsWith("/claude_desktop_config.json"))) {
            return McpClient.CLAUDE_DESKTOP;
        }
        return McpClient.CLAUDE_CODE; // .mcp.json, project and plugin, and the MCP files a plugin lists
    }
}
