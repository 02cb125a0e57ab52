package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;

/**
 * "A rule like Bash(command:rm *) would be bypassable ... so Claude Code ignores it and emits a startup warning"
 * (permissions): a specifier names the tool's main parameter implicitly, never as {@code name:}.
 */
public final class PermissionPrimaryParam extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-primary-param", Severity.ERROR,
            "specifiers do not name the tool's parameter",
            "Bash(command:rm *), Read(file_path:...), WebFetch(url:...) and the like are ignored: the specifier "
                    + "is the parameter's value itself, e.g. Bash(rm *).");

    private static final Map<String, String> PRIMARY = Map.of("Bash", "command", "PowerShell", "command",
            "Read", "file_path", "Edit", "file_path", "Write", "file_path", "NotebookEdit", "notebook_path",
            "WebFetch", "url", "WebSearch", "query", "Grep", "pattern", "Glob", "pattern");

    public PermissionPrimaryParam() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        for (PermissionRule rule : PermissionRule.of(settings)) {
            String parameter = PRIMARY.get(rule.tool());
            String specifier = rule.specifier();
            if (rule.wellFormed() && parameter != null && specifier != null
                    && specifier.startsWith(parameter + ":")) {
                settings.report(context, RULE, rule.value(), "rule '" + rule.text() + "' names the parameter '"
                        + parameter + ":', so Claude Code ignores it", "write " + rule.tool() + "("
                        + specifier.substring(parameter.length() + 1).strip() + ")");
            }
        }
    }
}
