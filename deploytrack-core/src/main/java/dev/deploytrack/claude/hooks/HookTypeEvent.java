package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Prompt and agent hooks run only on the events the hooks reference lists for them; "SessionStart and Setup support
 * command and mcp_tool hooks. They don't support http, prompt, or agent hooks."
 */
public final class HookTypeEvent extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-type-event", Severity.ERROR,
            "hook types suit their event",
            "prompt and agent hooks are supported on PreToolUse, PostToolUse, PostToolUseFailure, PostToolBatch, "
                    + "PermissionRequest, PermissionDenied, Stop, SubagentStop, TaskCreated, TaskCompleted, "
                    + "TeammateIdle, UserPromptSubmit and UserPromptExpansion only; SessionStart and Setup support "
                    + "command and mcp_tool only.");

    public HookTypeEvent() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.handlers()) {
            String type = handler.type();
            String event = handler.event();
            if (type == null || !ClaudeCode.HOOK_EVENTS.contains(event)) {
                continue;
            }
            boolean promptLike = type.equals("prompt") || type.equals("agent");
            if (promptLike && !ClaudeCode.PROMPT_HOOK_EVENTS.contains(event)) {
                config.report(context, RULE, handler.handler().get("type"), type + " hooks are not supported on "
                        + event, "use a command hook there");
            } else if ((promptLike || type.equals("http")) && ClaudeCode.COMMAND_ONLY_EVENTS.contains(event)) {
                config.report(context, RULE, handler.handler().get("type"), event + " supports command and mcp_tool "
                        + "hooks only, not " + type, "use a command hook there");
            }
        }
    }
}
