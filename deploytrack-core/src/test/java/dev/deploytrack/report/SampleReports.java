package dev.deploytrack.report;

import java.util.List;

/** Reports with a bit of everything, for the renderer tests. */
final class SampleReports {

    static final Rule ERROR_RULE = Rule.of("skill-name-directory", Severity.ERROR, "name matches the directory",
            "The name must equal the directory name.");
    static final Rule WARNING_RULE = Rule.policy("skill-unknown-field", Severity.WARNING, "only specified fields",
            "Other fields are client extensions.");
    static final Rule NOTE_RULE = Rule.of("file-skipped", Severity.NOTE, "file was skipped", "Symlinks are not followed.");

    private SampleReports() {
    }

    static Report mixed() {
        return new Report(List.of(
                Finding.of(ERROR_RULE, "skills/data export/SKILL.md", 2, 7, "name 'a|b' does not match `dir`")
                        .withHint("rename the directory"),
                Finding.of(WARNING_RULE, ".claude/skills/pdf/SKILL.md", 4, 1, "unknown field 'version'")
                        .withFingerprint("abc123"),
                Finding.of(NOTE_RULE, "link.md", 1, 1, "symlink points outside <repo> & is \u0001 skipped")),
                List.of("AGENTS.md", "skills/data export/SKILL.md", ".claude/skills/pdf/SKILL.md", "link.md"));
    }
}
