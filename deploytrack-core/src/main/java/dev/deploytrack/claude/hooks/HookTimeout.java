package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A timeout that is not a positive number: the validator 2.1.332 "Invalid command hook (timeout: Too small: expected
 * number to be >0); entry ignored at runtime", "(timeout: Invalid input: expected number, received string)".
 */
public final class HookTimeout extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-timeout", Severity.ERROR,
            "hook timeouts are positive numbers of seconds",
            "A hook's 'timeout' is a number of seconds greater than 0; a string or a value of 0 or less makes "
                    + "Claude Code ignore the handler.");

    public HookTimeout() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.handlers()) {
            JsonTree timeout = handler.handler().get("timeout");
            if (timeout == null) {
                continue;
            }
            if (!timeout.is(JsonTree.Kind.NUMBER)) {
                config.report(context, RULE, timeout, "'timeout' is " + timeout.describe() + ", not a number; the "
                        + "handler is ignored", timeout.is(JsonTree.Kind.STRING) && timeout.text.matches("\\d+(\\.\\d+)?")
                        ? "write it without quotes: \"timeout\": " + timeout.text : "write a number of seconds");
            } else if (Double.parseDouble(timeout.text) <= 0) {
                config.report(context, RULE, timeout, "'timeout' is " + timeout.text + "; it must be greater than "
                        + "0, or the handler is ignored", "remove it for the default, or give a number of seconds");
            }
        }
    }
}
