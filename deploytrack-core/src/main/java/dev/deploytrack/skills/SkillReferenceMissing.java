package dev.deploytrack.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A file SKILL.md links to (or names as a path under one of the skill's own folders) that the skill does not have.
 * The specification: "When referencing other files in your skill, use relative paths from the skill root"; an agent
 * that follows the reference finds nothing. A warning: the specification states no MUST for it.
 */
public final class SkillReferenceMissing extends BaseRule<SkillContent> {

    public static final Rule RULE = Rule.of("skill-reference-missing", Severity.WARNING,
            "files a skill references are in the skill",
            "A relative link in SKILL.md, or a path under one of the skill's own folders (scripts/, references/...), "
                    + "names a file the skill's directory does not hold, or one outside it, which does not travel "
                    + "with the skill. URLs, anchors, absolute paths and placeholders are not checked; nor is code.");

    public SkillReferenceMissing() {
        super(RULE);
    }

    @Override
    public void check(SkillContent skill, CheckContext context) {
        for (SkillLinks.Reference reference : SkillLinks.of(skill)) {
            String path = SkillLinks.relativeFile(reference);
            if (path == null || path.contains("\\")) {
                continue; // backslashes: skill-windows-path
            }
            if (!reference.link()) {
                int slash = path.indexOf('/');
                if (path.startsWith("../") || slash < 0 || !skill.has(path.substring(0, slash))) {
                    continue; // prose about paths elsewhere (the user's project), not the skill's files
                }
            }
            String inside = SkillPaths.inside(path);
            if (inside == null) {
                skill.report(context, RULE, reference.line(), reference.column(), "'" + path + "' is outside the "
                        + "skill's directory, so it does not travel with the skill", "copy the file into the skill "
                        + "(e.g. references/) and link it from there");
            } else if (!skill.has(inside)) {
                skill.report(context, RULE, reference.line(), reference.column(), "'" + path + "' is not in the "
                        + "skill's directory (" + (skill.directory().isEmpty() ? "the repository root"
                        : skill.directory()) + ")", "add the file, or fix the path (relative to the skill's root)");
            }
        }
    }
}
