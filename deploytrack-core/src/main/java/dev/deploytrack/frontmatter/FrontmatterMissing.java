package dev.deploytrack.frontmatter;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A subagent or command file without frontmatter. A subagent without it is documentation to Claude Code (and a
 * README.md beside the agents is meant to be); a command without it loads, with a description generated from its
 * first line ("No frontmatter block found", claude plugin validate 2.1.332). Rule files need none. A Copilot custom
 * agent without it has no description, which GitHub's reference marks "Required".
 */
public final class FrontmatterMissing extends BaseRule<MarkdownFile> {

    public static final Rule RULE = Rule.of("frontmatter-missing", Severity.WARNING,
            "the file has frontmatter",
            "A Claude Code subagent or slash command starts with YAML frontmatter between two '---' lines. A "
                    + "subagent without it is read as documentation and never loads; a command without it loads "
                    + "with a description generated from its first line. A Copilot custom agent needs it for its "
                    + "required description: an error for *.agent.md, a warning for a legacy chat mode. (SKILL.md: "
                    + "skill-frontmatter.)").fixable(Fixable.SAFE);

    public FrontmatterMissing() {
        super(RULE);
    }

    @Override
    public void check(MarkdownFile file, CheckContext context) {
        if (file.frontmatter().outcome() != FrontmatterRead.Outcome.MISSING) {
            return;
        }
        if (file.type() == FileType.CLAUDE_AGENT) {
            if (file.path().endsWith("README.md")) {
                return;
            }
            offerFix(file, context);
            context.report(RULE, file.path(), 1, 1, "the subagent has no frontmatter, so Claude Code reads the "
                    + "file as documentation and does not load it", "start the file with '---', 'name: <name>', "
                    + "'description: <when to delegate to it>' and a closing '---'");
        } else if (file.type() == FileType.CLAUDE_COMMAND) {
            offerFix(file, context);
            context.report(RULE, file.path(), 1, 1, "the command has no frontmatter; Claude Code generates its "
                    + "description from the first line", "add '---', 'description: <what the command does>' and "
                    + "a closing '---' at the top");
        } else if ((file.type() == FileType.COPILOT_AGENT || file.type() == FileType.COPILOT_CHATMODE)
                && !file.path().endsWith("README.md")) {
            // GitHub's custom agents reference: "description | Required string"
            context.report(RULE, file.type() == FileType.COPILOT_AGENT ? Severity.ERROR : Severity.WARNING,
                    file.path(), 1, 1, "the custom agent has no frontmatter, so it has no description, which "
                    + "Copilot requires", "start the file with '---', 'description: <what the agent does>' and a "
                    + "closing '---'");
        }
    }

    /** Fields followed by a '---' line: the opening '---' was left out, and adding it is certain. */
    private static void offerFix(MarkdownFile file, CheckContext context) {
        if (context.fixing()) {
            context.offer(FrontmatterFixes.open(RULE, file.path(), file.source(), file.knownFields(),
                    file.reading()));
        }
    }
}
