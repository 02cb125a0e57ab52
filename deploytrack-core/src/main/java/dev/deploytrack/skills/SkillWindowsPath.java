package dev.deploytrack.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Always use forward slashes in file paths, even on Windows ... Windows-style paths cause errors on Unix systems"
 * (platform.claude.com, Agent Skills best practices, "Avoid Windows-style paths").
 */
public final class SkillWindowsPath extends BaseRule<SkillContent> {

    public static final Rule RULE = Rule.of("skill-windows-path", Severity.WARNING,
            "skill file references use forward slashes",
            "A file reference in SKILL.md written with backslashes (scripts\\run.py) fails on Linux and macOS; "
                    + "forward slashes work everywhere.");

    public SkillWindowsPath() {
        super(RULE);
    }

    @Override
    public void check(SkillContent skill, CheckContext context) {
        for (SkillLinks.Reference reference : SkillLinks.of(skill)) {
            String path = SkillLinks.relativeFile(reference);
            if (path != null && path.contains("\\") && !path.contains("\\\\")) {
                skill.report(context, RULE, reference.line(), reference.column(), "'" + path + "' uses backslashes, "
                        + "which fail on Linux and macOS", "write '" + path.replace('\\', '/') + "'");
            }
        }
    }
}
