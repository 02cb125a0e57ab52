package dev.deploytrack.mcp;

import java.util.Set;

/**
 * The client that reads an MCP server declaration: it decides the keys a server has and the values they take. The
 * server rules are written once and read a server through its client.
 */
public enum McpClient {
    /** Claude Code: the project's .mcp.json, a plugin's MCP file or manifest. */
    CLAUDE_CODE("Claude Code", Set.of("stdio", "http", "sse", "ws", "streamable-http")),
    CLAUDE_DESKTOP("Claude Desktop", Set.of()),
    CURSOR("Cursor", Set.of("stdio", "http", "sse")),
    VS_CODE("VS Code", Set.of("stdio", "http", "sse")),
    /** A Copilot custom agent's {@code mcp-servers}. */
    COPILOT_AGENT("GitHub Copilot", Set.of("local", "stdio", "http", "sse")),
    /** The {@code .mcp.json} of a Copilot CLI plugin (a {@code plugin.json} at the plugin's root, not Claude Code's). */
    COPILOT_CLI("GitHub Copilot CLI", Set.of("local", "stdio", "http", "sse")),
    CODEX("Codex", Set.of()),
    GEMINI("Gemini CLI", Set.of());

    private final String displayName;
    private final Set<String> types;

    McpClient(String displayName, Set<String> types) {
        this.displayName = displayName;
        this.types = types;
    }

    public String displayName() {
        return displayName;
    }

    /** The values of {@code type} the client documents; empty when the client has no {@code type} key to check. */
    public Set<String> types() {
        return types;
    }

    /** The key of a server's HTTP headers. */
    public String headersKey() {
        return this == CODEX ? "http_headers" : "headers";
    }

    /** The keys holding a remote server's URL: Gemini CLI's {@code httpUrl} (streamable HTTP) besides {@code url}. */
    public String[] urlKeys() {
        return this == GEMINI ? new String[] {"httpUrl", "url"} : new String[] {"url"};
    }

    /** Whether the client has its own rule for a server's transport (codex-mcp-transport, gemini-mcp-transport). */
    public boolean checksTransportItself() {
        return this == CODEX || this == GEMINI;
    }
}
