package dev.deploytrack.mcp;

import static dev.deploytrack.report.Severity.ERROR;
import static dev.deploytrack.report.Severity.WARNING;

import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import java.util.List;

/** MCP server configurations, in every client's file. */
public final class McpRules {

    public static final Rule JSON = Rule.of("mcp-json", ERROR,
            "MCP configuration is valid JSON",
            "MCP server configurations must be valid JSON (VS Code's .vscode/mcp.json may also hold comments and "
                    + "trailing commas, as VS Code reads it as JSONC).")
            .fixable(Fixable.SAFE);
    public static final Rule SCHEMA = Rule.of("mcp-schema", ERROR,
            "MCP servers are well formed",
            "Each MCP server is an object with a 'command' (a local process) or a 'url' (a remote server); 'args' "
                    + "is a list of strings, 'env' and 'headers' map names to strings.");
    public static final Rule NO_SERVERS = Rule.of("mcp-no-servers", WARNING,
            "MCP configuration declares servers",
            "An MCP configuration without 'mcpServers' (or 'servers' in VS Code) configures nothing; the key is "
                    + "probably misspelled. A Claude Code plugin's .mcp.json may also list its servers at the top "
                    + "level (the flat form plugins accept).");
    public static final Rule URL_WITHOUT_TYPE = Rule.of("mcp-url-without-type", ERROR,
            "Claude Code remote servers declare their type",
            "Claude Code reads an MCP entry without 'type' as a stdio server, so an entry with a 'url' and no "
                    + "'type' is skipped at load time. Cursor reads a url-only entry as a remote server, so the rule "
                    + "covers the files Claude Code reads (.mcp.json, plugin MCP files).");

    public static final List<Rule> ALL = List.of(JSON, SCHEMA, NO_SERVERS, URL_WITHOUT_TYPE);

    private McpRules() {
    }
}
