package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A rule with nothing after its frontmatter tells the agent nothing (agnix CUR-001; no vendor statement: a warning).
 */
public final class CursorRuleEmpty extends BaseRule<MdcRule> {

    public static final Rule RULE = Rule.of("cursor-rule-empty", Severity.WARNING,
            "Cursor rules have content",
            "A .mdc rule whose body is empty adds nothing to the agent's context when it applies.");

    public CursorRuleEmpty() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        if (rule.body().isBlank()) {
            context.report(RULE, rule.path(), Math.max(1, rule.bodyLine() - 1), 1, "the rule has no content after "
                    + "its frontmatter", "write the instructions, or delete the rule");
        }
    }
}
