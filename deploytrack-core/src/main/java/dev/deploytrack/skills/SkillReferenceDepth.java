package dev.deploytrack.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.frontmatter.FrontmatterReader;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * "Keep file references one level deep from SKILL.md. Avoid deeply nested reference chains" (specification, "File
 * references"): a Markdown file SKILL.md links to that links on to further files of the skill. A recommendation,
 * hence a warning.
 */
public final class SkillReferenceDepth extends BaseRule<SkillContent> {

    public static final Rule RULE = Rule.of("skill-reference-depth", Severity.WARNING,
            "skill references are one level deep",
            "The specification recommends that files referenced from SKILL.md do not reference further files: an "
                    + "agent may read only part of a file it reaches through a chain. Reported at the link in "
                    + "SKILL.md whose file links on.");

    public SkillReferenceDepth() {
        super(RULE);
    }

    @Override
    public void check(SkillContent skill, CheckContext context) {
        Set<String> seen = new HashSet<>();
        for (SkillLinks.Reference reference : SkillLinks.of(skill)) {
            String path = reference.link() ? SkillLinks.relativeFile(reference) : null;
            String inside = path == null ? null : SkillPaths.inside(path);
            if (inside == null || !inside.endsWith(".md") || !skill.index().exists(skill.resolve(inside))
                    || !seen.add(inside)) {
                continue;
            }
            String further = furtherReference(skill, context, inside);
            if (further != null) {
                skill.report(context, RULE, reference.line(), reference.column(), inside + " links on to "
                        + further + "; the specification keeps references one level deep from SKILL.md",
                        "link " + further + " from SKILL.md directly, or merge it into " + inside);
            }
        }
    }

    /** The first file of the skill that {@code referenced} links to, or null. */
    private static String furtherReference(SkillContent skill, CheckContext context, String referenced) {
        var text = context.text(skill.resolve(referenced));
        if (text.isEmpty()) {
            return null;
        }
        var read = FrontmatterReader.read(text.get(), Reading.STRICT);
        String base = referenced.contains("/") ? referenced.substring(0, referenced.lastIndexOf('/') + 1) : "";
        for (SkillLinks.Reference reference : SkillLinks.of(read.body(), read.bodyStartLine())) {
            String path = reference.link() ? SkillLinks.relativeFile(reference) : null;
            String inside = path == null ? null : SkillPaths.inside(base + path);
            if (inside != null && !inside.equals(referenced) && skill.index().exists(skill.resolve(inside))
                    && !inside.equals("SKILL.md")) {
                return inside;
            }
        }
        return null;
    }
}
