package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Claude Code warns about "A key with characters other than letters, numbers, hyphens, and underscores: pick a server
 * name that uses only those characters" (mcp, configuration warnings).
 */
public final class McpServerNameChars extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-server-name-chars", Severity.WARNING,
            "Claude Code MCP server names use letters, digits, '-' and '_'",
            "Claude Code warns about a server name with characters other than letters, digits, hyphens and "
                    + "underscores (tool names are built from it).");

    public McpServerNameChars() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (server.client() != McpClient.CLAUDE_CODE || McpReservedName.RESERVED.contains(server.name())) {
            return;
        }
        String name = server.name();
        StringBuilder fixed = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            fixed.append(Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_' ? c : '-');
        }
        if (!fixed.toString().equals(name)) {
            server.reportName(context, RULE, "the server name '" + name + "' has characters other than letters, "
                    + "digits, '-' and '_'", "rename it, e.g. '" + fixed.toString().replaceAll("-+", "-") + "'");
        }
    }
}
