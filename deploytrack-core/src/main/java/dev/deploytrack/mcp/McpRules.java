package dev.deploytrack.mcp;

import static dev.deploytrack.report.Severity.ERROR;
import static dev.deploytrack.report.Severity.WARNING;

import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import java.util.List;

/** The rules about an MCP configuration file as a whole; the rules about each server are classes (McpFeature). */
public final class McpRules {

    public static final Rule JSON = Rule.of("mcp-json", ERROR,
            "MCP configuration is valid JSON",
            "MCP server configurations must be valid JSON (VS Code's .vscode/mcp.json may also hold comments and "
                    + "trailing commas, as VS Code reads it as JSONC). A key written twice is an error too: which of "
                    + "the two a client keeps is not defined.")
            .fixable(Fixable.SAFE);
    public static final Rule NO_SERVERS = Rule.of("mcp-no-servers", WARNING,
            "MCP configuration declares servers",
            "An MCP configuration without 'mcpServers' (or 'servers' in VS Code) configures nothing; the key is "
                    + "probably misspelled. A Claude Code plugin's .mcp.json may also list its servers at the top "
                    + "level (the flat form plugins accept).");

    public static final List<Rule> ALL = List.of(JSON, NO_SERVERS);

    private McpRules() {
    }
}
