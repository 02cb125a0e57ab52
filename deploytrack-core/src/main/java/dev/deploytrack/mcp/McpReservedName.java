package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/** Claude Code: "If your configuration defines a server with a reserved name, Claude Code skips it at load time." */
public final class McpReservedName extends BaseRule<McpServer> {

    static final Set<String> RESERVED = Set.of("workspace", "claude-in-chrome", "computer-use", "Claude Preview",
            "Claude Browser");

    public static final Rule RULE = Rule.of("mcp-reserved-name", Severity.ERROR,
            "Claude Code MCP servers do not use reserved names",
            "Claude Code reserves the server names workspace, claude-in-chrome, computer-use, Claude Preview and "
                    + "Claude Browser for its own servers and skips a configured server with one of them at load "
                    + "time.");

    public McpReservedName() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (server.client() == McpClient.CLAUDE_CODE && RESERVED.contains(server.name())) {
            server.reportName(context, RULE, "'" + server.name() + "' is a name Claude Code reserves for its own "
                    + "server, so it skips this one", "rename the server, e.g. '" + server.name().toLowerCase()
                    .replace(' ', '-') + "-local'");
        }
    }
}
