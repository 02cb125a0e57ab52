package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "timeout | number | Execution timeout in milliseconds (default: 60000)": a value under 1,000 is almost certainly
 * seconds (Claude Code's hook timeouts are seconds), which kills the hook after a few milliseconds.
 */
public final class GeminiHookTimeoutUnits extends BaseRule<GeminiJson> {

    public static final Rule RULE = Rule.of("gemini-hook-timeout-units", Severity.WARNING,
            "Gemini CLI hook timeouts are milliseconds",
            "A Gemini CLI hook's timeout is in milliseconds (default 60000); a value under 1000 was probably meant "
                    + "as seconds (as Claude Code counts them), and stops the hook almost at once.");

    public GeminiHookTimeoutUnits() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        JsonTree hooks = file.get("hooks");
        if (hooks == null || !hooks.is(JsonTree.Kind.OBJECT)) {
            return;
        }
        for (JsonTree definitions : hooks.fields.values()) {
            for (JsonTree definition : definitions.items) {
                JsonTree handlers = definition.get("hooks");
                if (handlers == null) {
                    continue;
                }
                for (JsonTree handler : handlers.items) {
                    JsonTree timeout = handler.get("timeout");
                    if (timeout != null && timeout.is(JsonTree.Kind.NUMBER) && timeout.text.matches("\\d+")
                            && Long.parseLong(timeout.text.length() > 9 ? "999999999" : timeout.text) < 1000) {
                        file.report(context, RULE, timeout, "a hook timeout of " + timeout.text + " ms stops the "
                                + "hook almost at once; Gemini CLI counts milliseconds", "for " + timeout.text
                                + " seconds write " + timeout.text + "000");
                    }
                }
            }
        }
    }
}
