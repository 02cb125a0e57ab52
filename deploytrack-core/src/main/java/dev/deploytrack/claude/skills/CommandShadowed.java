package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/** "If a skill and a command share the same name, the skill takes precedence" (skills). */
public final class CommandShadowed extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-command-shadowed", Severity.WARNING,
            "no skill hides a command",
            "A slash command and a skill of the same project (or plugin) with the same name: the skill takes "
                    + "precedence and the command never runs.");

    public CommandShadowed() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown command, CheckContext context) {
        if (!command.isCommand()) {
            return;
        }
        String scope = scope(command.path(), command);
        for (String skill : command.project().skillsByName().getOrDefault(command.baseName(), List.of())) {
            if (scope.equals(scope(skill, command))) {
                context.report(RULE, command.path(), 1, 1, "skill " + skill + " has the same name, so /"
                        + command.baseName() + " runs the skill and this command never runs",
                        "rename the command, or delete it if the skill replaces it");
                return;
            }
        }
    }

    /** The project or plugin a command or skill belongs to. */
    private static String scope(String path, ClaudeMarkdown command) {
        var plugin = command.project().files().pluginOf(path);
        if (plugin.isPresent()) {
            return "plugin:" + plugin.get().root();
        }
        for (var candidate : command.project().files().plugins()) {
            if (candidate.contains(path) && path.startsWith(candidate.resolve("skills/"))) {
                return "plugin:" + candidate.root();
            }
        }
        int at = path.indexOf(".claude/");
        return at < 0 ? "?" + path : path.substring(0, at);
    }
}
