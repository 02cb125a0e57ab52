package dev.deploytrack.frontmatter;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.source.SourceText;

/**
 * Frontmatter that strict YAML rejects and Claude Code reads after its repair pass. Anthropic's own validator
 * reports the same case as a warning: "Frontmatter only parses after auto-quoting ... Quote the affected value so the
 * file is valid YAML as written." Stricter readers (Codex, the Agent Skills reference validator) skip such a file.
 */
public final class FrontmatterNotStrictYaml extends BaseRule<MarkdownFile> {

    public static final Rule RULE = Rule.of("frontmatter-not-strict-yaml", Severity.WARNING,
            "frontmatter is valid YAML as written",
            "Claude Code reads frontmatter that strict YAML rejects by quoting single-line values and parsing "
                    + "again, so the file loads; other tools (Codex, the reference validator) reject it. Quote the "
                    + "value so that every reader gets the same text.").fixable(Fixable.SAFE_AND_UNSAFE);

    public FrontmatterNotStrictYaml() {
        super(RULE);
    }

    @Override
    public void check(MarkdownFile file, CheckContext context) {
        if (file.frontmatter().outcome() == FrontmatterRead.Outcome.REPAIRED) {
            context.findings().add(finding(file.path(), file.source(), file.frontmatter()));
            if (context.fixing()) {
                context.offer(FrontmatterFixes.quoteValues(RULE, file.path(), file.source(), file.frontmatter(),
                        true));
            }
        }
    }

    /** The finding for a file whose frontmatter Claude Code read only after its repair pass. */
    public static Finding finding(String path, SourceText source, FrontmatterRead read) {
        int line = read.repairedLines().isEmpty() ? read.strictError().line() : read.repairedLines().get(0);
        String text = lineText(source, line);
        int colon = text.indexOf(':');
        String key = colon > 0 ? text.substring(0, colon).strip() : "the value";
        String value = colon > 0 ? text.substring(colon + 1).strip() : "";
        return Finding.of(RULE, path, line, colon > 0 ? colon + 3 : 1, "the frontmatter is not valid YAML as "
                + "written (" + read.strictError().problem() + " at line " + read.strictError().line()
                + "); Claude Code reads it only after quoting the value of '" + key + "', stricter tools skip the "
                + "file").withHint(value.isEmpty() ? "quote the value" : value.length() > 60
                ? "put the whole value of '" + key + "' in single quotes (doubling any ' inside it)"
                : "quote the whole value: " + key + ": " + ClaudeRepair.quote(value));
    }

    private static String lineText(SourceText source, int line) {
        var lines = source.lines();
        if (line > lines.lineCount()) {
            return "";
        }
        String text = source.text();
        int start = lines.lineStart(line);
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        return text.substring(start, end).stripTrailing();
    }
}
