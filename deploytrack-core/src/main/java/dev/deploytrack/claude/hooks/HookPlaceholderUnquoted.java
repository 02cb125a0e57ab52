package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A shell-form command with ${CLAUDE_PLUGIN_ROOT} or ${CLAUDE_PROJECT_DIR} outside double quotes. claude plugin
 * validate 2.1.332: "Shell command uses ${CLAUDE_PLUGIN_ROOT} without quotes ... Wrap the placeholder in double
 * quotes, or use exec form" (the path breaks on spaces).
 */
public final class HookPlaceholderUnquoted extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-placeholder-unquoted", Severity.WARNING,
            "path placeholders in shell commands are quoted",
            "In a shell-form command, ${CLAUDE_PLUGIN_ROOT} and ${CLAUDE_PROJECT_DIR} expand to paths that may "
                    + "hold spaces; wrap them in double quotes (\\\"${CLAUDE_PLUGIN_ROOT}\\\"/hooks/x.sh), or use "
                    + "exec form with 'args'.");

    private static final String[] PLACEHOLDERS = {"${CLAUDE_PLUGIN_ROOT}", "${CLAUDE_PROJECT_DIR}",
        "$CLAUDE_PROJECT_DIR", "$CLAUDE_PLUGIN_ROOT"};

    public HookPlaceholderUnquoted() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookCommands.CommandHook hook : HookCommands.of(config)) {
            if (!hook.shellForm()) {
                continue;
            }
            String unquoted = unquotedPlaceholder(hook.command().text);
            if (unquoted != null) {
                config.report(context, RULE, hook.command(), unquoted + " is not in double quotes, so a path with "
                        + "a space breaks the command", "wrap it: \\\"" + unquoted + "\\\"/..., or use exec form "
                        + "with \"args\"");
            }
        }
    }

    /** The first placeholder that stands outside double quotes, or null. */
    static String unquotedPlaceholder(String command) {
        boolean doubleQuoted = false;
        boolean singleQuoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && !singleQuoted) {
                i++;
            } else if (c == '"' && !singleQuoted) {
                doubleQuoted = !doubleQuoted;
            } else if (c == '\'' && !doubleQuoted) {
                singleQuoted = !singleQuoted;
            } else if (c == '$' && !doubleQuoted && !singleQuoted) {
                for (String placeholder : PLACEHOLDERS) {
                    if (command.startsWith(placeholder, i)) {
                        return placeholder;
                    }
                }
            }
        }
        return null;
    }
}
