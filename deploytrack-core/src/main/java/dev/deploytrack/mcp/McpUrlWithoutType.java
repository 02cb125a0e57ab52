package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Claude Code: "A JSON entry that has a url but no type is a configuration error, because Claude Code reads an entry
 * with no type as a stdio server. Claude Code skips that server" (mcp). Cursor reads a url-only entry as remote.
 */
public final class McpUrlWithoutType extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-url-without-type", Severity.ERROR,
            "Claude Code remote servers declare their type",
            "Claude Code reads an MCP entry without 'type' as a stdio server, so an entry with a 'url' and no "
                    + "'type' is skipped at load time. Cursor reads a url-only entry as a remote server, so the rule "
                    + "covers the files Claude Code reads (.mcp.json, plugin MCP files).");

    public McpUrlWithoutType() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (server.client() != McpClient.CLAUDE_CODE || !server.isObject() || server.get("command") != null
                || server.get("type") != null) {
            return;
        }
        JsonTree url = server.get("url");
        if (url != null) {
            server.report(context, RULE, url, server.describe() + " has a 'url' but no 'type': Claude Code reads "
                    + "an entry without 'type' as a stdio server and skips it", "add \"type\": \"http\" "
                    + "(streamable HTTP) or \"type\": \"sse\", whichever the server speaks");
        }
    }
}
