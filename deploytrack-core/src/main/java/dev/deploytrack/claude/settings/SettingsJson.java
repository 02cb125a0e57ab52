package dev.deploytrack.claude.settings;

import dev.deploytrack.claude.InvalidJson;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Settings Error: a user, project, or local file has invalid JSON or a value the schema rejects ... continue
 * without the broken settings" (settings, "Fix a broken settings file").
 */
public final class SettingsJson extends InvalidJson {

    public static final Rule RULE = Rule.of("claude-settings-json", Severity.ERROR,
            "Claude Code settings are valid JSON",
            ".claude/settings.json and .claude/settings.local.json must be a JSON object; Claude Code continues "
                    + "without a file it cannot parse (its permissions and hooks are not applied).")
            .fixable(Fixable.SAFE);

    public SettingsJson() {
        super(RULE, FileType.CLAUDE_SETTINGS, "Claude Code continues without this settings file");
    }
}
