package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "type | yes | "command", "http", "mcp_tool", "prompt", or "agent"" (hooks, handler fields); the validator: "Unknown
 * hook type "script"; entry ignored at runtime".
 */
public final class HookType extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-type", Severity.ERROR,
            "hook handlers have a known type",
            "Every hook handler has a 'type': command, http, mcp_tool, prompt or agent. Without one, or with "
                    + "another, the handler is ignored.");

    public HookType() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.handlers()) {
            JsonTree type = handler.handler().get("type");
            if (type == null) {
                config.report(context, RULE, handler.handler(), "the hook handler has no 'type', so Claude Code "
                        + "ignores it", handler.handler().get("command") != null ? "add \"type\": \"command\""
                        : "add \"type\": command, http, mcp_tool, prompt or agent");
            } else if (!type.is(JsonTree.Kind.STRING) || !ClaudeCode.HOOK_TYPES.contains(type.text)) {
                config.report(context, RULE, type, "unknown hook type " + (type.is(JsonTree.Kind.STRING)
                        ? "'" + type.text + "'" : type.describe()) + "; the handler is ignored",
                        "use command, http, mcp_tool, prompt or agent");
            }
        }
    }
}
