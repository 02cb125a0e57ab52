package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * .claude/settings.local.json in the repository: "No, gitignored when Claude Code saves a setting to it"; "Keep
 * personal settings out of a repository" (settings). Not reported when a .gitignore of the repository lists it (a
 * working tree, where the file is present but not committed).
 */
public final class SettingsLocalCommitted extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-settings-local-committed", Severity.WARNING,
            "personal settings stay out of the repository",
            ".claude/settings.local.json holds one person's settings and is meant to be git-ignored; committed, "
                    + "it applies to everyone who clones the repository.");

    public SettingsLocalCommitted() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        if (!settings.path().endsWith("settings.local.json") || ignored(settings, context)) {
            return;
        }
        context.report(RULE, settings.path(), 1, 1, "personal settings (settings.local.json) are in the "
                + "repository, so they apply to everyone who clones it", "move shared settings to "
                + ".claude/settings.json, remove this file from git and add it to .gitignore");
    }

    private static boolean ignored(ClaudeJson settings, CheckContext context) {
        String claudeDir = settings.path().substring(0, settings.path().lastIndexOf('/'));
        String project = claudeDir.contains("/") ? claudeDir.substring(0, claudeDir.lastIndexOf('/')) : "";
        for (String ignore : new String[] {project.isEmpty() ? ".gitignore" : project + "/.gitignore",
            claudeDir + "/.gitignore", ".gitignore"}) {
            if (settings.project().exists(ignore) && mentions(context, ignore)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the ignore file names settings.local.json (read directly: it is not agent configuration). */
    private static boolean mentions(CheckContext context, String ignoreFile) {
        try {
            if (context.workspace().size(ignoreFile) > MAX_IGNORE_FILE) {
                return false;
            }
            return new String(context.workspace().read(ignoreFile), StandardCharsets.UTF_8)
                    .contains("settings.local.json");
        } catch (IOException e) {
            return false;
        }
    }

    private static final long MAX_IGNORE_FILE = 1L << 20;
}
