package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A bare Bash or PowerShell in a committed skill's allowed-tools: "Workspace trust doesn't gate this field ... A
 * skill can grant itself broad tool access, so review the allowed-tools of skills checked into a repository"
 * (skills); "Bash(*) is equivalent to Bash" (permissions).
 */
public final class SkillAllowedToolsUnscoped extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-allowed-tools-unscoped", Severity.WARNING,
            "a skill's shell access is scoped",
            "allowed-tools: Bash (or Bash(*), or PowerShell) lets the skill run any command without asking, "
                    + "whenever it is invoked, whether or not the workspace is trusted. Scope it: Bash(git:*).");

    public SkillAllowedToolsUnscoped() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        for (ToolList.Entry entry : SkillTools.allowed(skill)) {
            String tool = entry.tool();
            if ((tool.equals("Bash") || tool.equals("PowerShell"))
                    && (entry.specifier() == null || entry.specifier().strip().equals("*"))) {
                skill.report(context, RULE, entry.node(), "'" + entry.text() + "' in allowed-tools lets the "
                        + (skill.isCommand() ? "command" : "skill") + " run any command without asking", "scope it to the commands it needs, e.g. "
                        + tool + "(git status:*)");
            }
        }
    }
}
