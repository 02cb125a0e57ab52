package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "shell ... Accepts "bash" or "powershell"" (hooks, command hook fields). */
public final class HookShell extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-shell", Severity.WARNING,
            "a command hook's shell is bash or powershell",
            "A command hook's 'shell' is bash (the login shell: bash, zsh or sh) or powershell.");

    public HookShell() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.handlers()) {
            JsonTree shell = handler.handler().get("shell");
            if (shell != null && "command".equals(handler.type())
                    && !("bash".equals(shell.text) || "powershell".equals(shell.text))) {
                config.report(context, RULE, shell, "shell is '" + shell.text + "'; it must be bash or powershell",
                        "write \"shell\": \"bash\"");
            }
        }
    }
}
