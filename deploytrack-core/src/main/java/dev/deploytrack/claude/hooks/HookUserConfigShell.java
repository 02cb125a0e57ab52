package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "A shell-form plugin hook whose command references ${user_config.*} fails with an error instead of running"
 * (hooks).
 */
public final class HookUserConfigShell extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-user-config-shell", Severity.ERROR,
            "user configuration reaches plugin hooks through exec form",
            "A plugin hook in shell form whose command references ${user_config.*} fails instead of running; "
                    + "pass the value in exec form ('args') or read it from the environment.");

    public HookUserConfigShell() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        if (config.source() != HookConfig.Source.PLUGIN) {
            return;
        }
        for (HookCommands.CommandHook hook : HookCommands.of(config)) {
            if (hook.shellForm() && hook.command().text.contains("${user_config.")) {
                config.report(context, RULE, hook.command(), "a shell-form plugin hook references ${user_config.*}, "
                        + "so it fails instead of running", "use exec form: put the program in \"command\" and "
                        + "the ${user_config.*} values in \"args\"");
            }
        }
    }
}
