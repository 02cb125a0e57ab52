package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Cursor reads {@code globs} verbatim: a quoted value keeps its quote characters and a YAML list reads empty, so the
 * rule never attaches (third-party tests on Cursor 3.17.8: oven-sh/bun#24853, cosai-oasis/project-codeguard#121). The
 * documentation shows only the unquoted comma-separated form. Not vendor-documented, hence a warning.
 */
public final class CursorRuleGlobsQuoted extends BaseRule<MdcRule> {

    public static final Rule RULE = Rule.of("cursor-rule-globs-quoted", Severity.WARNING,
            "Cursor globs are written unquoted, comma-separated",
            "Cursor does not read .mdc frontmatter as YAML: 'globs: \"**/*.ts\"' keeps the quotes as part of the "
                    + "pattern and a YAML list reads as no globs, so the rule never attaches to a file. Write "
                    + "'globs: **/*.ts, **/*.tsx' as the documentation does. (Third-party tests on Cursor 3.17.8 show "
                    + "this; the documentation only shows the unquoted form: a warning.)");

    public CursorRuleGlobsQuoted() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        MdcRule.Field globs = rule.field("globs");
        if (globs == null) {
            return;
        }
        if (globs.isYamlList()) {
            rule.reportValue(context, RULE, globs, "'globs' is written as a YAML list, which Cursor reads as no "
                    + "globs, so the rule never attaches to a file", "write the patterns on one line, separated by "
                    + "commas and unquoted: globs: " + String.join(", ", CursorGlobs.patterns(globs)));
        } else if (globs.isQuoted()) {
            rule.reportValue(context, RULE, globs, "'globs' is quoted; Cursor keeps the quote characters as part "
                    + "of the pattern, so it matches no file", "remove the quotes: globs: "
                    + String.join(", ", CursorGlobs.patterns(globs)));
        }
    }
}
