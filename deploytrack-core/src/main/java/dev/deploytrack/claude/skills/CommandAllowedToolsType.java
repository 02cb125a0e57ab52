package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;

/**
 * A command's allowed-tools is a string or a list of strings; claude plugin validate 2.1.332 reports anything else as
 * an error ("allowed-tools must be a string or array of strings, got number"). (SKILL.md: skill-allowed-tools.)
 */
public final class CommandAllowedToolsType extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-command-allowed-tools-type", Severity.ERROR,
            "a command's allowed-tools is a string or a list of strings",
            "A slash command's allowed-tools and disallowed-tools are a string of tool names or a list of strings.");

    public CommandAllowedToolsType() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown command, CheckContext context) {
        if (!command.isCommand()) {
            return;
        }
        for (String field : SkillTools.FIELDS) {
            var value = command.field(field);
            if (value.isPresent() && !YamlNodes.isNull(value.get()) && !ToolList.wellFormed(value.get())) {
                command.report(context, RULE, value.get(), "'" + field + "' must be a string or a list of strings, "
                        + "but it is " + YamlNodes.describeKind(value.get()), "e.g. " + field
                        + ": Bash(git status:*), Read");
            }
        }
    }
}
