package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.PluginLayout;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "A CLAUDE.md file at the plugin root is not loaded as project context" (claude plugin validate 2.1.332 warning).
 */
public final class PluginClaudeMd extends BaseRule<PluginLayout> {

    public static final Rule RULE = Rule.of("claude-plugin-claude-md", Severity.WARNING,
            "plugins do not rely on a CLAUDE.md",
            "A CLAUDE.md at a plugin's root is not loaded when the plugin is installed; put the instructions in a "
                    + "skill or an agent.");

    public PluginClaudeMd() {
        super(RULE);
    }

    @Override
    public void check(PluginLayout layout, CheckContext context) {
        String claudeMd = layout.plugin().resolve("CLAUDE.md");
        if (layout.plugin().manifest() != null && layout.project().exists(claudeMd)
                && context.workspace().inScope(claudeMd)) {
            context.report(RULE, claudeMd, 1, 1, "a CLAUDE.md at a plugin's root is not loaded as context when the "
                    + "plugin is installed", "move the instructions into a skill, or keep the file as notes for "
                    + "people working on the plugin");
        }
    }
}
