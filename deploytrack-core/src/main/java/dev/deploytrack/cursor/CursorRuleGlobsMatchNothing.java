package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.workspace.GlobList;
import java.util.ArrayList;
import java.util.List;

/**
 * An auto-attached rule whose globs match no file of the repository never attaches. The FAQ: "For Apply to Specific
 * Files, ensure the file pattern matches referenced files." Patterns are relative to the directory holding
 * {@code .cursor}; one without a slash is also tried against file names at any depth.
 */
public final class CursorRuleGlobsMatchNothing extends BaseRule<MdcRule> {

    public static final Rule RULE = Rule.of("cursor-rule-globs-match-nothing", Severity.WARNING,
            "Cursor globs match files",
            "None of the rule's globs matches a file of the repository, so Cursor never attaches it (\"ensure the "
                    + "file pattern matches referenced files\"). Patterns are relative to the directory holding "
                    + ".cursor; a pattern without a slash is also tried against file names in every directory. Only "
                    + "rules under .cursor/rules are checked: a collection of rules elsewhere is meant for other "
                    + "repositories.");

    public CursorRuleGlobsMatchNothing() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        MdcRule.Field globs = rule.field("globs");
        if (!CursorGlobs.readable(globs) || rule.alwaysApplies()) {
            return;
        }
        List<String> patterns = new ArrayList<>();
        for (GlobList.Pattern pattern : GlobList.split(globs.value())) {
            if (GlobList.problem(pattern.text()) != null) {
                return; // cursor-rule-glob-invalid
            }
            patterns.add(pattern.text());
        }
        if (!patterns.isEmpty() && !GlobList.matchesAny(patterns, context.workspace().files(), rule.projectDir())) {
            rule.reportValue(context, RULE, globs, "no file of the repository matches '" + globs.value() + "', so "
                    + "Cursor never attaches the rule", "correct the patterns (relative to "
                    + (rule.projectDir().isEmpty() ? "the repository root" : rule.projectDir() + "/") + "), or "
                    + "delete the rule if its files are gone");
        }
    }
}
