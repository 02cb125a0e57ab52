package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.workspace.GlobList;

/** A pattern of {@code globs} that is not a glob: a '[' or '{' that does not close matches nothing. */
public final class CursorRuleGlobInvalid extends BaseRule<MdcRule> {

    public static final Rule RULE = Rule.of("cursor-rule-glob-invalid", Severity.WARNING,
            "Cursor globs are valid patterns",
            "A pattern in 'globs' (split at the commas outside braces and brackets) with a '[' or '{' that does "
                    + "not close matches no file.");

    public CursorRuleGlobInvalid() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        MdcRule.Field globs = rule.field("globs");
        if (!CursorGlobs.readable(globs)) {
            return;
        }
        for (GlobList.Pattern pattern : GlobList.split(globs.value())) {
            String problem = GlobList.problem(pattern.text());
            if (problem != null) {
                context.report(RULE, rule.path(), globs.line(), globs.valueColumn() + pattern.offset(), "the "
                        + "pattern '" + pattern.text() + "' is not a glob: " + problem, "close the bracket or "
                        + "brace, or escape it with a backslash");
            }
        }
    }
}
