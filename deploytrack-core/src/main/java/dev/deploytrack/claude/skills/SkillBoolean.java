package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;

/** disable-model-invocation, user-invocable and background hold a value Claude Code reads as a boolean. */
public final class SkillBoolean extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-boolean", Severity.ERROR,
            "a skill's boolean fields hold booleans",
            "disable-model-invocation, user-invocable and background accept true/false, yes/no, on/off or 1/0 "
                    + "in any letter case; any other value is not a boolean.");

    public SkillBoolean() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        for (String field : Booleans.FIELDS) {
            var value = skill.field(field);
            if (value.isPresent() && !Booleans.accepted(value.get())) {
                String text = YamlNodes.scalarText(value.get());
                skill.report(context, RULE, value.get(), "'" + field + "' is " + (text == null
                        ? YamlNodes.describeKind(value.get()) : "'" + text + "'") + ", not a boolean",
                        "write true or false");
            }
        }
    }
}
