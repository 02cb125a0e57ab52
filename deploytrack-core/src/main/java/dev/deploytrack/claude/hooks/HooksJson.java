package dev.deploytrack.claude.hooks;

import dev.deploytrack.claude.InvalidJson;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Invalid JSON syntax: ... on hooks/hooks.json ... a session loads the plugin without the hooks in that file"
 * (plugin-marketplaces, "Read the validation results").
 */
public final class HooksJson extends InvalidJson {

    public static final Rule RULE = Rule.of("claude-hooks-json", Severity.ERROR,
            "plugin hook files are valid JSON",
            "A plugin's hooks/hooks.json must be a JSON object; Claude Code loads the plugin without the hooks of "
                    + "a file it cannot parse.")
            .fixable(Fixable.SAFE);

    public HooksJson() {
        super(RULE, FileType.CLAUDE_HOOKS, "the plugin loads without these hooks");
    }
}
