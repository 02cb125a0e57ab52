package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "alwaysApply: true — Always included. Globs and description are ignored." Globs beside it suggest a scoped rule
 * that in fact applies everywhere. A description beside it is harmless documentation and is not reported.
 */
public final class CursorRuleRedundantGlobs extends BaseRule<MdcRule> {

    public static final Rule RULE = Rule.of("cursor-rule-redundant-globs", Severity.WARNING,
            "an always-applied Cursor rule has no globs",
            "With 'alwaysApply: true' Cursor includes the rule in every chat and ignores its globs (\"Globs and "
                    + "description are ignored\"), so globs there suggest a scope the rule does not have. A "
                    + "description beside alwaysApply is not reported: it documents the rule for people.");

    public CursorRuleRedundantGlobs() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        MdcRule.Field globs = rule.field("globs");
        if (rule.alwaysApplies() && globs != null && (!globs.value().isEmpty() || !globs.continuation().isEmpty())) {
            rule.report(context, RULE, globs, "the rule applies always ('alwaysApply: true'), so Cursor ignores "
                    + "its globs", "to scope the rule to these files, write 'alwaysApply: false'; otherwise remove "
                    + "'globs'");
        }
    }
}
