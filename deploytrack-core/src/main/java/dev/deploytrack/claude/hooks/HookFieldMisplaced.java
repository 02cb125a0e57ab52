package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A handler field of another handler type, or {@code once} outside skill frontmatter: "once ... Only honored for
 * hooks declared in skill frontmatter; ignored in settings files and agent frontmatter" (hooks).
 */
public final class HookFieldMisplaced extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-field-misplaced", Severity.WARNING,
            "hook fields belong to their handler type",
            "async, asyncRewake, args and shell are command-hook fields; model belongs to prompt and agent hooks; "
                    + "once is honoured only in skill frontmatter. Elsewhere they are ignored.");

    public HookFieldMisplaced() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.typedHandlers()) {
            String type = handler.type();
            if (!type.equals("command")) {
                for (String field : new String[] {"async", "asyncRewake", "args", "shell"}) {
                    report(config, context, handler, field, "'" + field + "' applies to command hooks only; this "
                            + type + " hook ignores it");
                }
            }
            if (!type.equals("prompt") && !type.equals("agent")) {
                report(config, context, handler, "model", "'model' applies to prompt and agent hooks; this "
                        + type + " hook ignores it");
            }
            if (config.source() != HookConfig.Source.SKILL) {
                report(config, context, handler, "once", "'once' is honoured only in skill frontmatter; here it "
                        + "is ignored");
            }
        }
    }

    private static void report(HookConfig config, CheckContext context, HookConfig.Handler handler, String field,
                               String message) {
        if (handler.handler().get(field) != null) {
            context.report(RULE, config.path(), handler.handler().keyLine(field), handler.handler().keyColumn(field),
                    message, "remove it");
        }
    }
}
