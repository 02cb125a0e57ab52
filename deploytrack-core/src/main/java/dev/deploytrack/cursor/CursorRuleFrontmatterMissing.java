package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.skills.Frontmatter;

/**
 * A rule without frontmatter has no description, globs or alwaysApply: by the documentation's table, Cursor includes
 * it "only when you @-mention the rule in chat".
 */
public final class CursorRuleFrontmatterMissing extends BaseRule<MdcRule> {

    public static final Rule RULE = Rule.of("cursor-rule-frontmatter-missing", Severity.WARNING,
            "Cursor rules have frontmatter",
            "A .mdc rule without frontmatter (or with an opening '---' that is never closed) has no description, "
                    + "globs or alwaysApply, so Cursor applies it only when it is @-mentioned in chat. If that is "
                    + "meant, write 'alwaysApply: false' in frontmatter to say so.");

    public CursorRuleFrontmatterMissing() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        if (rule.status() == Frontmatter.Status.MISSING) {
            context.report(RULE, rule.path(), 1, 1, "the rule has no frontmatter, so Cursor applies it only when "
                    + "it is @-mentioned", "start the file with '---', 'description: <when it applies>' (or "
                    + "'globs: <patterns>' or 'alwaysApply: true') and a closing '---'");
        } else if (rule.status() == Frontmatter.Status.UNCLOSED) {
            context.report(RULE, rule.path(), 1, 1, "the frontmatter opened on line 1 is never closed, so Cursor "
                    + "reads none of its fields", "add a line holding only '---' after the last field");
        }
    }
}
