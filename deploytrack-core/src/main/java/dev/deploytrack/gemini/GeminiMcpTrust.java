package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "trust ... bypass all tool call confirmations for this server" (configuration.md), committed for everyone. */
public final class GeminiMcpTrust extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("gemini-mcp-trust", Severity.WARNING,
            "committed Gemini CLI MCP servers are not trusted blindly",
            "'trust': true makes Gemini CLI bypass every tool call confirmation for the server; committed in a "
                    + "repository, it does so for everyone who works in it.");

    public GeminiMcpTrust() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        JsonTree trust = server.isObject() ? server.get("trust") : null;
        if (trust != null && trust.is(JsonTree.Kind.BOOLEAN) && "true".equals(trust.text)) {
            server.report(context, RULE, trust, server.describe() + " is trusted: Gemini CLI runs its tools "
                    + "without asking", "remove \"trust\": true, or use includeTools to allow the safe tools only");
        }
    }
}
