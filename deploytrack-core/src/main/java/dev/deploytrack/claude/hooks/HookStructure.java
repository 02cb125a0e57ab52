package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;

/**
 * Hooks have "three levels of nesting" (hooks, "Configuration"): an object of events, each a list of matcher groups
 * ({@code {matcher?, hooks: [...]}}), each holding a list of handler objects. An entry of another shape cannot be
 * loaded.
 */
public final class HookStructure extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-structure", Severity.ERROR,
            "hooks have the documented shape",
            "'hooks' is an object of event names; each event is a list of matcher groups {\"matcher\": ..., "
                    + "\"hooks\": [...]}, and each of those holds a list of handler objects.");

    public HookStructure() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        JsonTree hooks = config.hooks();
        if (!hooks.is(JsonTree.Kind.OBJECT)) {
            config.report(context, RULE, hooks, "'hooks' must be an object of event names, but it is "
                    + hooks.describe(), "e.g. \"hooks\": {\"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": "
                    + "[{\"type\": \"command\", \"command\": \"...\"}]}]}");
            return;
        }
        for (Map.Entry<String, JsonTree> event : hooks.fields.entrySet()) {
            JsonTree groups = event.getValue();
            if (!groups.is(JsonTree.Kind.ARRAY)) {
                config.report(context, RULE, groups, "event '" + event.getKey() + "' must be a list of matcher "
                        + "groups, but it is " + groups.describe(), "wrap it: [{\"hooks\": [...]}]");
                continue;
            }
            for (JsonTree group : groups.items) {
                checkGroup(config, context, event.getKey(), group);
            }
        }
    }

    private static void checkGroup(HookConfig config, CheckContext context, String event, JsonTree group) {
        if (!group.is(JsonTree.Kind.OBJECT)) {
            config.report(context, RULE, group, "a matcher group of '" + event + "' must be an object, but it is "
                    + group.describe(), "write {\"matcher\": \"...\", \"hooks\": [...]}");
            return;
        }
        JsonTree handlers = group.get("hooks");
        if (handlers == null || !handlers.is(JsonTree.Kind.ARRAY)) {
            config.report(context, RULE, handlers == null ? group : handlers, "a matcher group of '" + event
                    + "' needs 'hooks', a list of handlers" + (handlers == null ? ""
                    : ", but it is " + handlers.describe()), group.get("type") != null
                    ? "the handler is one level too high: put it in \"hooks\": [{\"type\": ...}]" : null);
            return;
        }
        JsonTree matcher = group.get("matcher");
        if (matcher != null && !matcher.is(JsonTree.Kind.STRING)) {
            config.report(context, RULE, matcher, "'matcher' must be a string, but it is " + matcher.describe(),
                    "e.g. \"matcher\": \"Edit|Write\"");
        }
        for (JsonTree handler : handlers.items) {
            if (!handler.is(JsonTree.Kind.OBJECT)) {
                config.report(context, RULE, handler, "a hook handler must be an object, but it is "
                        + handler.describe(), "write {\"type\": \"command\", \"command\": \"...\"}");
            }
        }
    }
}
