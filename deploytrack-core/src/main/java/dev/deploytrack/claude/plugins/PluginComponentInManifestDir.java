package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.PluginLayout;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "All other directories (commands/, agents/, skills/, ...) must be at the plugin root, not inside .claude-plugin/"
 * (plugins reference): components there are never loaded.
 */
public final class PluginComponentInManifestDir extends BaseRule<PluginLayout> {

    public static final Rule RULE = Rule.of("claude-plugin-component-in-manifest-dir", Severity.ERROR,
            "plugin components are at the plugin root",
            "commands/, agents/, skills/, workflows/, output-styles/, themes/, monitors/ and hooks/ belong at the "
                    + "plugin root; inside .claude-plugin/ Claude Code never loads them.");

    private static final String[] FOLDERS = {"commands", "agents", "skills", "workflows", "output-styles", "themes",
        "monitors", "hooks"};

    public PluginComponentInManifestDir() {
        super(RULE);
    }

    @Override
    public void check(PluginLayout layout, CheckContext context) {
        if (layout.plugin().manifest() == null) {
            return;
        }
        for (String folder : FOLDERS) {
            String inside = layout.plugin().resolve(".claude-plugin/" + folder);
            if (layout.project().isDirectory(inside)) {
                context.report(RULE, layout.plugin().manifest(), 1, 1, inside + "/ is inside .claude-plugin/, where "
                        + "Claude Code never loads it", "move it to " + layout.plugin().resolve(folder) + "/");
            }
        }
    }
}
