package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;

/**
 * Each event holds a list of {matcher?, sequential?, hooks: [...]}, each hook {type: "command", command, name?,
 * timeout?, description?}: "type | Yes | Currently only "command" is supported"; "command ... Required when type is
 * "command"" (hooks reference). The registry (packages/core/src/hooks/hookRegistry.ts) discards a definition
 * without a 'hooks' list and a handler whose type is not command, plugin or runtime, or that lacks its command (name
 * for runtime): those are errors. plugin and runtime are undocumented but accepted, so they are not reported.
 */
public final class GeminiHookHandler extends BaseRule<GeminiJson> {

    public static final Rule RULE = Rule.of("gemini-hook-handler", Severity.ERROR,
            "Gemini CLI hooks are command hooks with a command",
            "An event of 'hooks' holds a list of definitions, each with a 'hooks' list of handlers; a handler has "
                    + "\"type\": \"command\" (\"Currently only \"command\" is supported\") and a 'command'. Gemini "
                    + "CLI discards a definition without a 'hooks' list and a handler without a known type or its "
                    + "command (\"Discarding invalid hook definition\"), so it never runs.");

    public GeminiHookHandler() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        JsonTree hooks = file.get("hooks");
        if (hooks == null || !hooks.is(JsonTree.Kind.OBJECT)) {
            return;
        }
        for (Map.Entry<String, JsonTree> event : hooks.fields.entrySet()) {
            if (GeminiHookEvent.CONFIG_FIELDS.contains(event.getKey())) {
                continue;
            }
            JsonTree definitions = event.getValue();
            if (!definitions.is(JsonTree.Kind.ARRAY)) {
                file.report(context, RULE, definitions, "the hooks of '" + event.getKey() + "' are "
                        + definitions.describe() + "; Gemini CLI expects a list of definitions",
                        "write \"" + event.getKey() + "\": [{\"hooks\": [{\"type\": \"command\", \"command\": "
                                + "\"...\"}]}]");
                continue;
            }
            for (JsonTree definition : definitions.items) {
                JsonTree handlers = definition.get("hooks");
                if (handlers == null || !handlers.is(JsonTree.Kind.ARRAY)) {
                    file.report(context, RULE, definition, "a definition of '" + event.getKey() + "' has no "
                            + "'hooks' list", "add \"hooks\": [{\"type\": \"command\", \"command\": \"...\"}]");
                    continue;
                }
                for (JsonTree handler : handlers.items) {
                    handler(context, file, event.getKey(), handler);
                }
            }
        }
    }

    private static void handler(CheckContext context, GeminiJson file, String event, JsonTree handler) {
        if (!handler.is(JsonTree.Kind.OBJECT)) {
            file.report(context, RULE, handler, "a hook of '" + event + "' is " + handler.describe()
                    + ", not an object", null);
            return;
        }
        String type = handler.string("type");
        if ("plugin".equals(type) || "runtime".equals(type) && handler.get("name") != null) {
            return; // undocumented, but the registry accepts them
        }
        if (!"command".equals(type)) {
            file.report(context, RULE, handler.get("type") == null ? handler : handler.get("type"), "a hook of '"
                    + event + "' has " + (type == null ? "no type" : "type '" + type + "'") + "; Gemini CLI runs "
                    + "only \"command\" hooks", "write \"type\": \"command\"");
            return; // one cause, one finding: a hook of another type has no command to miss
        }
        JsonTree command = handler.get("command");
        if (command == null || !command.is(JsonTree.Kind.STRING) || command.text.isBlank()) {
            file.report(context, RULE, command == null ? handler : command, "a command hook of '" + event
                    + "' has no command to run", "add \"command\": \"<the script to run>\"");
        }
    }
}
