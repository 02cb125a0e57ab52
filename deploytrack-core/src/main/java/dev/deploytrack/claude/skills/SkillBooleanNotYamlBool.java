package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.frontmatter.FrontmatterFixes;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** A boolean written as a string or an alias: read by Claude Code 2.1.218 and later only. */
public final class SkillBooleanNotYamlBool extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-boolean-not-yaml-bool", Severity.WARNING,
            "a skill's booleans are written true or false",
            "Claude Code reads \"true\", yes, on and 1 as booleans since 2.1.218; earlier versions and other "
                    + "clients recognise only the YAML booleans true and false.")
            .fixable(Fixable.SAFE);

    public SkillBooleanNotYamlBool() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        for (String field : Booleans.FIELDS) {
            var value = skill.field(field);
            if (value.isPresent() && Booleans.accepted(value.get()) && !Booleans.isYamlBoolean(value.get())) {
                boolean on = Booleans.value(value.get());
                skill.report(context, RULE, value.get(), "'" + field + "' is written as '"
                        + skill.text(field) + "'; Claude Code before 2.1.218 and other clients do not read it as "
                        + on, "write " + field + ": " + on);
                if (context.fixing()) {
                    context.offer(FrontmatterFixes.replaceValue(RULE, skill.path(), skill.source(),
                            skill.frontmatter(), field, value.get(), String.valueOf(on), true, "write " + field
                                    + ": " + on, node -> Booleans.isYamlBoolean(node) && Booleans.value(node) == on));
                }
            }
        }
    }
}
