package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * user-invocable: false and disable-model-invocation: true: neither you nor Claude can invoke it (skills, invocation
 * table). A warning, not an error: a user-typed inline /skill-name mention can still authorise it (agnix removed
 * its rule for that reason).
 */
public final class SkillUnreachable extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-unreachable", Severity.WARNING,
            "someone can invoke the skill",
            "With user-invocable: false and disable-model-invocation: true, the skill is hidden from the / menu "
                    + "and Claude may not invoke it on its own.");

    public SkillUnreachable() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        var user = skill.field("user-invocable");
        var model = skill.field("disable-model-invocation");
        if (user.isPresent() && model.isPresent() && Boolean.FALSE.equals(Booleans.value(user.get()))
                && Boolean.TRUE.equals(Booleans.value(model.get()))) {
            skill.report(context, RULE, user.get(), "with user-invocable: false and disable-model-invocation: "
                    + "true, neither you nor Claude can invoke the skill", "drop one of the two");
        }
    }
}
