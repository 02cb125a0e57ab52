package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "If you add a matcher field to an event without matcher support, it is silently ignored" (hooks). */
public final class HookMatcherIgnored extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-matcher-ignored", Severity.WARNING,
            "matchers are on events that use them",
            "UserPromptSubmit, PostToolBatch, Stop, TeammateIdle, TaskCreated, TaskCompleted, WorktreeCreate, "
                    + "WorktreeRemove, MessageDisplay and CwdChanged ignore 'matcher': their hooks run every time.");

    public HookMatcherIgnored() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (String event : config.events()) {
            if (!ClaudeCode.EVENTS_WITHOUT_MATCHER.contains(event)) {
                continue;
            }
            for (JsonTree group : HookConfig.groups(config.hooks().get(event))) {
                JsonTree matcher = group.get("matcher");
                if (matcher != null && matcher.is(JsonTree.Kind.STRING) && !matcher.text.isEmpty()
                        && !matcher.text.equals("*")) {
                    config.report(context, RULE, matcher, event + " ignores 'matcher', so these hooks run on every "
                            + event + ", not only for '" + matcher.text + "'", "remove the matcher, or filter "
                            + "inside the hook");
                }
            }
        }
    }
}
