package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "shell ... Accepts bash (default) or powershell" (skills, frontmatter reference); claude plugin validate 2.1.332
 * reports another value as an error ("shell must be 'bash' or 'powershell'").
 */
public final class SkillShell extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-shell", Severity.ERROR,
            "a skill's shell is bash or powershell",
            "The 'shell' of a skill or command (the shell for its !`command` injections) is bash or powershell.");

    public SkillShell() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        var shell = skill.field("shell");
        if (shell.isEmpty()) {
            return;
        }
        String value = skill.text("shell");
        if (!"bash".equals(value) && !"powershell".equals(value)) {
            skill.report(context, RULE, shell.get(), "shell must be 'bash' or 'powershell', not '" + value + "'",
                    "write shell: bash (zsh and sh users: bash runs your login shell's commands)");
        }
    }
}
