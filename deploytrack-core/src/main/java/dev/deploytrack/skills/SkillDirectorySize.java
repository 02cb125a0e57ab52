package dev.deploytrack.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.Sizes;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.io.IOException;

/**
 * A skill directory larger than clients accept: "Total upload size must be under 30 MB (uncompressed)"
 * (platform.claude.com skills guide; agnix says 8 MB, the vendor 30 MB). Claude Code itself sets no limit, hence a
 * warning.
 */
public final class SkillDirectorySize extends BaseRule<SkillContent> {

    public static final Rule RULE = Rule.of("skill-directory-size", Severity.WARNING,
            "a skill directory is under 30 MB",
            "The Claude API and claude.ai accept skills up to 30 MB uncompressed; a larger skill directory cannot "
                    + "be uploaded there (Claude Code has no limit).");

    static final long LIMIT = 30L * 1000 * 1000;

    public SkillDirectorySize() {
        super(RULE);
    }

    @Override
    public void check(SkillContent skill, CheckContext context) {
        long total = 0;
        for (String file : skill.files()) {
            try {
                total += context.workspace().size(file);
            } catch (IOException e) {
                // an unreadable file is reported by the check that reads it
            }
        }
        if (total > LIMIT) {
            skill.report(context, RULE, 1, 1, "the skill's directory holds " + Sizes.describe(total) + " in "
                    + skill.files().size() + " files, over the 30 MB the Claude API and claude.ai accept",
                    "move large assets out of the skill, or fetch them when the skill runs");
        }
    }
}
