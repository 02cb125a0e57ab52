package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * cursor.com/docs/rules: "Project rules must use the .mdc extension. A plain .md file in .cursor/rules is ignored by
 * the rules system." A README.md beside the rules is documentation and is not reported.
 */
public final class CursorRuleExtension extends BaseRule<String> {

    public static final Rule RULE = Rule.of("cursor-rule-extension", Severity.ERROR,
            "Cursor rules are .mdc files",
            "Cursor reads only .mdc files in .cursor/rules: \"A plain .md file in .cursor/rules is ignored by the "
                    + "rules system.\" A README.md there is taken as documentation and not reported.");

    public CursorRuleExtension() {
        super(RULE);
    }

    @Override
    public void check(String path, CheckContext context) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.endsWith(".md") && !name.equalsIgnoreCase("README.md")) {
            context.report(RULE, path, 1, 1, "Cursor ignores this .md file: project rules in .cursor/rules must "
                    + "be .mdc files", "rename it to " + name.substring(0, name.length() - 3) + ".mdc");
        }
    }
}
