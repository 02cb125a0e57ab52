package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Codex takes a remote server's token from the environment only: "bearer_token is not supported for streamable_http"
 * (codex-cli 0.171.0 refuses to start). The token is never printed.
 */
public final class CodexMcpBearerTokenInline extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("codex-mcp-bearer-token-inline", Severity.ERROR,
            "Codex MCP tokens come from the environment",
            "'bearer_token' (a token written into config.toml) is not supported: Codex refuses to start. Name an "
                    + "environment variable with bearer_token_env_var instead, and rotate the token if it was "
                    + "committed.");

    public CodexMcpBearerTokenInline() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (server.isObject() && server.get("bearer_token") != null) {
            server.reportKey(context, RULE, "bearer_token", server.describe() + " writes its token into the file "
                    + "with 'bearer_token', which Codex does not support (it refuses to start)", "use "
                    + "bearer_token_env_var = \"" + server.name().toUpperCase().replaceAll("[^A-Z0-9]+", "_")
                    + "_TOKEN\" and set that variable; rotate the token if it was committed");
        }
    }
}
