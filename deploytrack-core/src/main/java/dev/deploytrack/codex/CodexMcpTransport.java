package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A Codex MCP server is stdio ({@code command}) or streamable HTTP ({@code url}), never neither nor both: Codex
 * refuses to start ("invalid transport"; "url is not supported for stdio", codex-cli 0.171.0).
 */
public final class CodexMcpTransport extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("codex-mcp-transport", Severity.ERROR,
            "Codex MCP servers have one transport",
            "Each mcp_servers table has a 'command' (stdio) or a 'url' (streamable HTTP), not both and not "
                    + "neither: Codex refuses to start otherwise (\"invalid transport\").");

    public CodexMcpTransport() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        boolean command = server.get("command") != null;
        boolean url = server.get("url") != null;
        if (command && url) {
            server.reportKey(context, RULE, "url", server.describe() + " has both 'command' and 'url'; Codex "
                    + "refuses to start (\"url is not supported for stdio\")", "keep 'command' for a local server "
                    + "or 'url' for a remote one");
        } else if (!command && !url) {
            server.reportName(context, RULE, server.describe() + " has neither 'command' nor 'url'; Codex refuses "
                    + "to start (\"invalid transport\")", "add command = \"npx\" with args, or url = "
                    + "\"https://...\"");
        }
    }
}
