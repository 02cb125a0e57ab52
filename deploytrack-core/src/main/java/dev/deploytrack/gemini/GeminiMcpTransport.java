package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * configuration.md, mcpServers: "At least one of command, url, or httpUrl must be provided. If multiple are
 * specified, the order of precedence is httpUrl, then url, then command." None is an error; several a warning (only
 * one is used).
 */
public final class GeminiMcpTransport extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("gemini-mcp-transport", Severity.ERROR,
            "Gemini CLI MCP servers have one transport",
            "A Gemini CLI MCP server needs one of command (stdio), url (SSE, or streamable HTTP with type) and "
                    + "httpUrl (streamable HTTP): without any it cannot start (an error); with several, Gemini CLI "
                    + "uses httpUrl, then url, then command and ignores the rest (a warning).");

    public GeminiMcpTransport() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        List<String> present = new ArrayList<>();
        for (String key : new String[] {"httpUrl", "url", "command", "tcp"}) {
            if (server.get(key) != null) {
                present.add(key);
            }
        }
        if (present.isEmpty()) {
            server.reportName(context, RULE, server.describe() + " has none of command, url and httpUrl, so Gemini "
                    + "CLI cannot start it", "add \"command\" (a local server) or \"httpUrl\" (a remote one)");
        } else if (present.size() > 1 && !present.equals(List.of("command", "tcp"))) {
            context.report(RULE, Severity.WARNING, server.path(), server.server().keyLine(present.get(1)),
                    server.server().keyColumn(present.get(1)), server.describe() + " has " + String.join(" and ",
                    present) + "; Gemini CLI uses only '" + present.get(0) + "'", "remove the others");
        }
    }
}
