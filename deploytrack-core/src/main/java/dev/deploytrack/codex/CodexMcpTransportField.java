package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/**
 * A key of the other transport: Codex refuses to start ("env is not supported for streamable_http";
 * "bearer_token_env_var is not supported for stdio", codex-cli 0.171.0).
 */
public final class CodexMcpTransportField extends BaseRule<McpServer> {

    static final List<String> STDIO_ONLY = List.of("args", "env", "env_vars", "cwd");
    static final List<String> HTTP_ONLY = List.of("bearer_token_env_var", "http_headers", "env_http_headers");

    public static final Rule RULE = Rule.of("codex-mcp-transport-field", Severity.ERROR,
            "Codex MCP servers use their transport's keys",
            "args, env, env_vars and cwd belong to stdio servers (command); bearer_token_env_var, http_headers "
                    + "and env_http_headers to streamable HTTP servers (url). Codex refuses to start on a key of the "
                    + "other transport (\"env is not supported for streamable_http\").");

    public CodexMcpTransportField() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        boolean stdio = server.get("command") != null;
        boolean http = server.get("url") != null;
        if (stdio == http) {
            return; // codex-mcp-transport
        }
        for (String key : stdio ? HTTP_ONLY : STDIO_ONLY) {
            if (server.get(key) != null) {
                server.reportKey(context, RULE, key, "'" + key + "' is not supported for a " + (stdio ? "stdio"
                        : "streamable HTTP") + " server ('" + server.name() + "' has '" + (stdio ? "command"
                        : "url") + "'); Codex refuses to start", "remove '" + key + "'");
            }
        }
    }
}
