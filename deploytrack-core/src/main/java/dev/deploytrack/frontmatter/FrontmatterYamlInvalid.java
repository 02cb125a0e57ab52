package dev.deploytrack.frontmatter;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.Tool;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlSyntaxException;

/**
 * Frontmatter that is not YAML even after Claude Code's repair: "YAML that doesn't parse: Claude Code reads no fields
 * from the file, skips it" (sub-agents); commands and skills load "with empty metadata" (claude plugin validate).
 */
public final class FrontmatterYamlInvalid extends BaseRule<MarkdownFile> {

    public static final Rule RULE = Rule.of("frontmatter-yaml-invalid", Severity.ERROR,
            "frontmatter is YAML the tool reads",
            "The frontmatter is not YAML, even after Claude Code's repair pass (which quotes single-line values): "
                    + "Claude Code skips such a subagent and reads no fields of such a command or rule. Multi-line "
                    + "values that continue at column 1, tabs and bad indentation are the usual causes. For Copilot "
                    + "files a warning: VS Code's YAML reader recovers from errors, and GitHub does not say what "
                    + "its readers do.");

    public FrontmatterYamlInvalid() {
        super(RULE);
    }

    @Override
    public void check(MarkdownFile file, CheckContext context) {
        FrontmatterRead read = file.frontmatter();
        if (read.outcome() != FrontmatterRead.Outcome.INVALID) {
            return;
        }
        YamlSyntaxException strict = read.strictError();
        if (file.type().tool() == Tool.COPILOT) {
            // VS Code reads headers with its own YAML reader, which recovers from errors; GitHub documents YAML
            // without saying what happens otherwise: a warning
            context.report(RULE, Severity.WARNING, file.path(), strict.line(), strict.column(), "invalid YAML in "
                    + "frontmatter: " + strict.problem() + "; what Copilot reads of the fields is not certain, so "
                    + "deploytrack checks none of them", hint(read));
            return;
        }
        context.report(RULE, file.path(), strict.line(), strict.column(), "invalid YAML in frontmatter: "
                + strict.problem() + "; Claude Code cannot read it either, so it reads none of the fields",
                hint(read));
    }

    private static String hint(FrontmatterRead read) {
        if (read.strictError().problem().contains("mapping values are not allowed")
                || read.strictError().problem().contains("could not find expected ':'")) {
            return "a value that runs over several lines must be indented under its key, or written as a block "
                    + "scalar ('description: |' and the text indented below it)";
        }
        return "fix the YAML at that line; quote values that contain ': ' or start with a special character";
    }
}
