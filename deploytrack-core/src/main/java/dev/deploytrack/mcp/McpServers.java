package dev.deploytrack.mcp;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.json.JsonTree;
import java.util.List;
import java.util.Map;

/**
 * Runs the server rules on an object of servers by name, whichever client's file holds it: an MCP JSON file, a Claude
 * Code plugin manifest, Codex's {@code mcp_servers} tables, Gemini CLI's settings, a Copilot agent's frontmatter.
 */
public final class McpServers {

    private McpServers() {
    }

    /**
     * @param key the key holding the servers, as messages name it ("mcpServers", "mcp_servers")
     */
    public static void check(CheckContext context, String path, McpClient client, String key, JsonTree servers) {
        check(context, path, client, key, servers, List.of());
    }

    /** Also runs {@code clientRules}, the client's own rules on each server (Codex's transport rules). */
    public static void check(CheckContext context, String path, McpClient client, String key, JsonTree servers,
                             List<? extends FileRule<McpServer>> clientRules) {
        if (!servers.is(JsonTree.Kind.OBJECT)) {
            context.report(McpSchema.RULE, path, servers.line, servers.column, "'" + key + "' must be an object "
                    + "mapping server names to servers, but it is " + servers.describe(), null);
            return;
        }
        for (Map.Entry<String, JsonTree> server : servers.fields.entrySet()) {
            McpServer declared = new McpServer(path, client, server.getKey(), server.getValue(), servers);
            FileRule.runAll(McpFeature.Servers.RULES, declared, context);
            FileRule.runAll(clientRules, declared, context);
        }
    }
}
