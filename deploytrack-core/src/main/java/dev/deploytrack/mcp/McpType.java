package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.TreeSet;

/**
 * {@code type} is one the client documents. Claude Code: stdio, http, sse, ws, and streamable-http ("the type field
 * accepts streamable-http as an alias for http"); VS Code: stdio, http, sse; a Copilot agent: local, stdio, http, sse.
 * Cursor's MCP page could not be read verbatim, so for Cursor it is a warning.
 */
public final class McpType extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-type", Severity.ERROR,
            "MCP server types are ones the client knows",
            "'type' names the transport: Claude Code takes stdio, http, sse, ws and streamable-http (an alias of "
                    + "http); VS Code stdio, http and sse; a Copilot custom agent local, stdio, http and sse. An error "
                    + "for Claude Code, which skips such a server; a warning for the other clients, whose "
                    + "documentation lists the values but does not say what happens to another one.");

    public McpType() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject() || server.client().types().isEmpty()) {
            return;
        }
        JsonTree type = server.get("type");
        if (type == null || !type.is(JsonTree.Kind.STRING) || server.client().types().contains(type.text)) {
            return;
        }
        String known = String.join(", ", new TreeSet<>(server.client().types()));
        String hint = type.text.equalsIgnoreCase("streamable_http") || type.text.equalsIgnoreCase("streamableHttp")
                ? "write \"http\" (streamable HTTP)" : "use one of: " + known;
        // Only Claude Code is known to skip the server; the others document the values, not the rejection
        Severity severity = server.client() == McpClient.CLAUDE_CODE ? Severity.ERROR : Severity.WARNING;
        server.report(context, RULE, severity, type, server.describe() + " has type '" + type.text + "', which "
                + server.client().displayName() + " does not know (" + known + ")", hint);
    }
}
