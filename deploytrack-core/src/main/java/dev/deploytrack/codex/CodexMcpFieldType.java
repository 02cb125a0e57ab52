package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/**
 * Codex MCP settings of the wrong type or value: Codex refuses to start ("cannot convert float seconds to Duration:
 * value is negative"; "unknown variant `sometimes`, expected one of `auto`, `prompt`, `writes`, `approve`",
 * codex-cli 0.171.0). args, env and the headers are mcp-args-type and mcp-schema.
 */
public final class CodexMcpFieldType extends BaseRule<McpServer> {

    static final List<String> APPROVAL_MODES = List.of("auto", "prompt", "writes", "approve");

    public static final Rule RULE = Rule.of("codex-mcp-field-type", Severity.ERROR,
            "Codex MCP settings have the documented types",
            "startup_timeout_sec and tool_timeout_sec are numbers of seconds (not negative), startup_timeout_ms a "
                    + "whole number, enabled, required and supports_parallel_tool_calls booleans, enabled_tools, "
                    + "disabled_tools and scopes lists of strings, bearer_token_env_var a string, and "
                    + "default_tools_approval_mode one of auto, prompt, writes, approve: Codex refuses to start "
                    + "otherwise.");

    public CodexMcpFieldType() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        for (String key : new String[] {"startup_timeout_sec", "tool_timeout_sec"}) {
            JsonTree value = server.get(key);
            if (value != null && (!value.is(JsonTree.Kind.NUMBER) || value.text.startsWith("-"))) {
                report(context, server, key, value.is(JsonTree.Kind.NUMBER) ? "is negative" : "is "
                        + value.describe() + ", expected a number of seconds", value.is(JsonTree.Kind.STRING)
                        && value.text.matches("\\d+(\\.\\d+)?") ? "write it unquoted: " + key + " = " + value.text
                        : null);
            }
        }
        JsonTree millis = server.get("startup_timeout_ms");
        if (millis != null && !(millis.is(JsonTree.Kind.NUMBER) && millis.text.matches("\\d+"))) {
            report(context, server, "startup_timeout_ms", "is " + describe(millis) + ", expected a whole number "
                    + "of milliseconds", null);
        }
        for (String key : new String[] {"enabled", "required", "supports_parallel_tool_calls"}) {
            JsonTree value = server.get(key);
            if (value != null && !value.is(JsonTree.Kind.BOOLEAN)) {
                report(context, server, key, "is " + describe(value) + ", expected true or false", null);
            }
        }
        for (String key : new String[] {"enabled_tools", "disabled_tools", "scopes"}) {
            JsonTree value = server.get(key);
            if (value != null && (!value.is(JsonTree.Kind.ARRAY)
                    || value.items.stream().anyMatch(item -> !item.is(JsonTree.Kind.STRING)))) {
                report(context, server, key, "is not a list of strings", "e.g. " + key + " = [\"search\"]");
            }
        }
        JsonTree variable = server.get("bearer_token_env_var");
        if (variable != null && !variable.is(JsonTree.Kind.STRING)) {
            report(context, server, "bearer_token_env_var", "is " + variable.describe() + ", expected the name "
                    + "of an environment variable", null);
        }
        JsonTree mode = server.get("default_tools_approval_mode");
        if (mode != null && !(mode.is(JsonTree.Kind.STRING) && APPROVAL_MODES.contains(mode.text))) {
            report(context, server, "default_tools_approval_mode", "is " + describe(mode) + ", not one of "
                    + String.join(", ", APPROVAL_MODES), null);
        }
    }

    private static void report(CheckContext context, McpServer server, String key, String problem, String hint) {
        server.reportKey(context, RULE, key, "'" + key + "' of " + server.describe() + " " + problem + "; Codex "
                + "refuses to start", hint);
    }

    private static String describe(JsonTree value) {
        return value.is(JsonTree.Kind.STRING) || value.is(JsonTree.Kind.NUMBER) ? "'" + value.text + "'"
                : value.describe();
    }
}
