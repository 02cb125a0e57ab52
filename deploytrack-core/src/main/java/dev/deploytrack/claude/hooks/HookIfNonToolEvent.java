package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "if ... Only evaluated on tool events ... On other events, a hook with if set never runs" (hooks). */
public final class HookIfNonToolEvent extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-if-non-tool-event", Severity.ERROR,
            "'if' is on tool events only",
            "'if' is evaluated on PreToolUse, PostToolUse, PostToolUseFailure, PermissionRequest and "
                    + "PermissionDenied; on any other event a hook with 'if' never runs.");

    public HookIfNonToolEvent() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.handlers()) {
            if (handler.handler().get("if") != null && ClaudeCode.HOOK_EVENTS.contains(handler.event())
                    && !ClaudeCode.TOOL_EVENTS.contains(handler.event())) {
                config.report(context, RULE, handler.handler().get("if"), "'if' is set on a " + handler.event()
                        + " hook, so the hook never runs", "remove 'if' (it filters tool events only)");
            }
        }
    }
}
