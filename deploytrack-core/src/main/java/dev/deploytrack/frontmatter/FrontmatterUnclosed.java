package dev.deploytrack.frontmatter;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** An opening '---' and no closing one: the tools see no frontmatter at all (observed with Claude Code 2.1.332). */
public final class FrontmatterUnclosed extends BaseRule<MarkdownFile> {

    public static final Rule RULE = Rule.of("frontmatter-unclosed", Severity.WARNING,
            "frontmatter is closed",
            "Frontmatter opened by a '---' line must be closed by another; without it Claude Code finds no "
                    + "frontmatter and reads none of the fields. (SKILL.md: skill-frontmatter, an error.)").fixable(Fixable.SAFE);

    public FrontmatterUnclosed() {
        super(RULE);
    }

    @Override
    public void check(MarkdownFile file, CheckContext context) {
        if (file.frontmatter().outcome() == FrontmatterRead.Outcome.UNCLOSED) {
            context.report(RULE, file.path(), 1, 1, "the frontmatter opened on line 1 is never closed, so none of "
                    + "its fields is read", "add a line holding only '---' after the last field");
            if (context.fixing()) {
                context.offer(FrontmatterFixes.close(RULE, file.path(), file.source(), file.knownFields(),
                        file.reading()));
            }
        }
    }
}
