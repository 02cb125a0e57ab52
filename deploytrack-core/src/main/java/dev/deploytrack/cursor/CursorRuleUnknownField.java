package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/** "Rules are written in MDC with the properties description, globs, alwaysApply" (cursor.com/docs/rules). */
public final class CursorRuleUnknownField extends BaseRule<MdcRule> {

    static final Set<String> FIELDS = Set.of("description", "globs", "alwaysApply");

    public static final Rule RULE = Rule.of("cursor-rule-unknown-field", Severity.WARNING,
            "Cursor rule fields are description, globs and alwaysApply",
            "A .mdc rule's frontmatter has three properties: description, globs and alwaysApply. Cursor ignores "
                    + "any other key, so a misspelled one (glob, always_apply) silently changes how the rule "
                    + "applies.");

    public CursorRuleUnknownField() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        for (MdcRule.Field field : rule.fields().values()) {
            if (!FIELDS.contains(field.key())) {
                String near = nearest(field.key());
                rule.report(context, RULE, field, "Cursor ignores the field '" + field.key() + "'", near == null
                        ? "a Cursor rule takes description, globs and alwaysApply" : "did you mean '" + near + "'?");
            }
        }
    }

    private static String nearest(String key) {
        String simple = key.toLowerCase().replace("_", "").replace("-", "");
        for (String field : FIELDS) {
            String known = field.toLowerCase();
            if (simple.equals(known) || simple.equals(known + "s") || known.equals(simple + "s")
                    || simple.equals("always") && known.equals("alwaysapply")) {
                return field;
            }
        }
        return null;
    }
}
