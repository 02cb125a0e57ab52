package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * An event Claude Code does not know: `claude doctor` 2.1.332 "Unknown hook event "OnSave" was ignored"; the
 * validator "unknown hook event; entry ignored at runtime". An error when the name is a typo of a known event (a
 * different case or one edit away); otherwise a warning, since the event may be newer than deploytrack's list.
 */
public final class HookUnknownEvent extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-unknown-event", Severity.WARNING,
            "hook events are Claude Code events",
            "Claude Code ignores hooks under an event name it does not know. A near miss of a known event (case, "
                    + "one letter) is an error; another name is a warning, as it may be newer than deploytrack's "
                    + "list of events.");

    public HookUnknownEvent() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (String event : config.events()) {
            if (config.project().settings().isHookEvent(event)) {
                continue;
            }
            String near = ClaudeCode.nearMiss(event, ClaudeCode.HOOK_EVENTS);
            int line = config.hooks().keyLine(event);
            int column = config.hooks().keyColumn(event);
            if (near != null) {
                context.report(RULE, Severity.ERROR, config.path(), line, column, "'" + event + "' is not a hook "
                        + "event; Claude Code ignores its hooks", "did you mean '" + near + "'?");
            } else {
                context.report(RULE, config.path(), line, column, "'" + event + "' is not a hook event Claude Code "
                        + "knows; its hooks are ignored", "see code.claude.com/docs/en/hooks for the events; an event "
                        + "newer than deploytrack goes in claude.extra-hook-events in deploytrack.yml");
            }
        }
    }
}
