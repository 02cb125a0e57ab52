package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Files in .claude/commands/ support the same frontmatter, except name and paths, which Claude Code ignores in a
 * command file" (skills).
 */
public final class CommandIgnoredField extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-command-ignored-field", Severity.WARNING,
            "a command has no name or paths",
            "Claude Code ignores 'name' (the file name is the command's name) and 'paths' in a command file.");

    public CommandIgnoredField() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown command, CheckContext context) {
        if (!command.isCommand()) {
            return;
        }
        if (command.field("name").isPresent()) {
            command.reportField(context, RULE, "name", "'name' is ignored in a command file; the command is /"
                    + command.baseName(), "rename the file to change the command's name, and remove 'name'");
        }
        if (command.field("paths").isPresent()) {
            command.reportField(context, RULE, "paths", "'paths' is ignored in a command file",
                    "make it a skill (.claude/skills/<name>/SKILL.md) to load it for matching files");
        }
    }
}
