package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "The :* form is only recognized at the end of a pattern. In a pattern like Bash(git:* push), the colon is treated
 * as a literal character" (permissions, "Wildcard patterns").
 */
public final class SkillBashColonStar extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-bash-colon-star", Severity.WARNING,
            "':*' ends a Bash pattern",
            "In allowed-tools, ':*' is a prefix wildcard only at the end of a Bash pattern; elsewhere the colon is "
                    + "a literal character and the pattern matches nothing you meant.");

    public SkillBashColonStar() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        for (ToolList.Entry entry : SkillTools.allowed(skill)) {
            String specifier = entry.specifier();
            if (entry.tool().equals("Bash") && specifier != null && specifier.contains(":*")
                    && !specifier.endsWith(":*")) {
                skill.report(context, RULE, entry.node(), "in '" + entry.text() + "' the ':*' is not at the end, "
                        + "so its colon is matched literally", "write the wildcard as ' *' (Bash(git push *)) or "
                        + "put ':*' last");
            }
        }
    }
}
