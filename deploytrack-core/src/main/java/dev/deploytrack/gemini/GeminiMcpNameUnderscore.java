package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * configuration.md: "Avoid using underscores (_) in your server aliases ... An underscore in your server alias will
 * cause the parser to misidentify the server name, which can cause security policies to fail silently."
 */
public final class GeminiMcpNameUnderscore extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("gemini-mcp-name-underscore", Severity.WARNING,
            "Gemini CLI MCP server names have no underscore",
            "Gemini CLI builds tool names from the server alias with underscores, so an alias with '_' is "
                    + "misread: \"which can cause security policies to fail silently\".");

    public GeminiMcpNameUnderscore() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (server.name().contains("_")) {
            server.reportName(context, RULE, "the server alias '" + server.name() + "' contains '_', which Gemini "
                    + "CLI misreads in tool names and policies", "rename it to '" + server.name().replace('_', '-')
                    + "'");
        }
    }
}
