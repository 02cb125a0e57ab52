package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * The MCP specification replaced HTTP+SSE with streamable HTTP: "This replaces the HTTP+SSE transport from protocol
 * version 2024-11-05" (transports, 2025-11-25). Clients still connect, hence a warning.
 */
public final class McpSseDeprecated extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-sse-deprecated", Severity.WARNING,
            "remote MCP servers use streamable HTTP",
            "The SSE transport ('type': 'sse'; a Gemini CLI 'url') is the HTTP+SSE transport of MCP 2024-11-05, "
                    + "which the 2025-11-25 specification replaces with streamable HTTP. Clients still connect; move "
                    + "to streamable HTTP when the server offers it.");

    public McpSseDeprecated() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        JsonTree type = server.get("type");
        if (type != null && "sse".equals(type.text) && type.is(JsonTree.Kind.STRING)) {
            server.report(context, RULE, type, server.describe() + " uses the SSE transport, which MCP 2025-11-25 "
                    + "replaces with streamable HTTP", "use \"type\": \"http\" if the server speaks streamable HTTP");
        } else if (server.client() == McpClient.GEMINI && server.get("url") != null && server.get("httpUrl") == null
                && server.get("command") == null) {
            server.report(context, RULE, server.get("url"), server.describe() + " connects with 'url', which "
                    + "Gemini CLI reads as the SSE transport that MCP 2025-11-25 replaces", "use \"httpUrl\" "
                    + "(streamable HTTP) if the server offers it");
        }
    }
}
