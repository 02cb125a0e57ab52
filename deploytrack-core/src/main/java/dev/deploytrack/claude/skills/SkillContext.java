package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "context ... Set to fork to run in a forked subagent context" (skills): the only value. */
public final class SkillContext extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-context", Severity.ERROR,
            "a skill's context is fork",
            "'context' takes one value, fork (run the skill in a forked subagent); anything else does not fork.");

    public SkillContext() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        var value = skill.field("context");
        if (value.isPresent() && !"fork".equals(skill.text("context"))) {
            skill.report(context, RULE, value.get(), "context is '" + skill.text("context") + "'; the only value "
                    + "is 'fork'", "write context: fork, or remove the field to run inline");
        }
    }
}
