package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * The required field of each handler type (hooks, handler field tables). The validator: "Invalid command hook
 * (command: ... received undefined) ... nothing it sits in is applied".
 */
public final class HookRequiredField extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-required-field", Severity.ERROR,
            "hook handlers have their required fields",
            "A command hook needs 'command'; http needs 'url'; mcp_tool needs 'server' and 'tool'; prompt and "
                    + "agent need 'prompt' (non-empty strings). A handler without them cannot be loaded.");

    public HookRequiredField() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.typedHandlers()) {
            String type = handler.type();
            switch (type) {
                case "command" -> require(config, context, handler, "command");
                case "http" -> require(config, context, handler, "url");
                case "mcp_tool" -> {
                    require(config, context, handler, "server");
                    require(config, context, handler, "tool");
                }
                case "prompt", "agent" -> require(config, context, handler, "prompt");
                default -> {
                    // unknown types are claude-hook-type's
                }
            }
        }
    }

    private static void require(HookConfig config, CheckContext context, HookConfig.Handler handler, String field) {
        JsonTree value = handler.handler().get(field);
        if (value == null) {
            config.report(context, RULE, handler.handler(), "the " + handler.type() + " hook has no '" + field
                    + "', so it cannot be loaded", "add \"" + field + "\"");
        } else if (!value.is(JsonTree.Kind.STRING) || value.text.isBlank()) {
            config.report(context, RULE, value, "'" + field + "' of the " + handler.type() + " hook must be a "
                    + "non-empty string, but it is " + (value.is(JsonTree.Kind.STRING) ? "blank" : value.describe()),
                    null);
        }
    }
}
