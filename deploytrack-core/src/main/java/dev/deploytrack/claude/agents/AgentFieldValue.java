package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.FieldValues;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/**
 * Subagent fields with documented values (sub-agents "Supported frontmatter fields"). claude plugin validate
 * 2.1.332 flags none of these and the runtime effect of a wrong value is not documented, so each is a warning.
 */
public final class AgentFieldValue extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-field-value", Severity.WARNING,
            "subagent fields hold documented values",
            "model is an alias (sonnet, opus, haiku, fable, inherit...) or a model id; permissionMode is default, "
                    + "acceptEdits, auto, dontAsk, bypassPermissions, plan or manual; memory is user, project or "
                    + "local; isolation is worktree; effort is low, medium, high, xhigh or max; color is red, blue, "
                    + "green, yellow, purple, orange, pink or cyan; background is a boolean; maxTurns a positive "
                    + "integer.");

    public AgentFieldValue() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        FieldValues values = new FieldValues(agent, context, RULE);
        values.model("model");
        values.oneOf("permissionMode", ClaudeCode.PERMISSION_MODES);
        values.oneOf("memory", Set.of("user", "project", "local"));
        values.oneOf("isolation", Set.of("worktree"));
        values.oneOf("effort", ClaudeCode.EFFORTS);
        values.oneOf("color", ClaudeCode.COLORS);
        values.bool("background");
        values.positiveInteger("maxTurns");
    }
}
