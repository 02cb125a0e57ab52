package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "The combined description and when_to_use text is truncated at 1,536 characters in the skill listing" (skills):
 * Claude chooses skills from that listing, so what is cut off never helps it choose.
 */
public final class SkillListingTruncated extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-listing-truncated", Severity.WARNING,
            "a skill's listing text fits Claude Code's listing",
            "Claude Code shows description and when_to_use together in the skill listing, cut at 1,536 "
                    + "characters; text beyond that never reaches Claude when it chooses a skill.");

    static final int LIMIT = 1536;

    public SkillListingTruncated() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        String description = skill.string("description");
        String whenToUse = skill.string("when_to_use");
        int length = (description == null ? 0 : description.codePointCount(0, description.length()))
                + (whenToUse == null ? 0 : whenToUse.codePointCount(0, whenToUse.length()));
        if (length > LIMIT) {
            skill.reportField(context, RULE, whenToUse != null ? "when_to_use" : "description", "description and "
                    + "when_to_use are " + length + " characters together; Claude Code's skill listing cuts them at "
                    + LIMIT, "shorten them, and move detail into the body");
        }
    }
}
