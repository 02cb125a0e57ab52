package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/**
 * "If you write a path rule for Write, NotebookEdit, Glob, or the legacy MultiEdit tool instead, Claude Code accepts
 * the rule but never consults it" (permissions, "Read and Edit"): file access is ruled by Read(...) and Edit(...).
 */
public final class PermissionUnconsultedPath extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-unconsulted-path", Severity.ERROR,
            "path rules are written for Read and Edit",
            "A path rule for Write, NotebookEdit, Glob or MultiEdit is never consulted: Edit(...) rules govern "
                    + "every editing tool and Read(...) rules every reading tool. An error in deny and ask (the file "
                    + "is not protected), a warning in allow.");

    private static final Set<String> UNCONSULTED = Set.of("Write", "NotebookEdit", "Glob", "MultiEdit");

    public PermissionUnconsultedPath() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        for (PermissionRule rule : PermissionRule.of(settings)) {
            if (!rule.wellFormed() || rule.specifier() == null || !UNCONSULTED.contains(rule.tool())) {
                continue;
            }
            String instead = rule.tool().equals("Glob") ? "Read" : "Edit";
            boolean allow = rule.list().equals("allow");
            settings.report(context, RULE, allow ? Severity.WARNING : Severity.ERROR, rule.value(), "Claude Code "
                    + "never consults the path rule '" + rule.text() + "'" + (allow ? "" : ", so it protects "
                    + "nothing"), "write " + instead + "(" + rule.specifier() + ") instead (it covers every "
                    + (instead.equals("Edit") ? "editing" : "reading") + " tool)");
        }
    }
}
