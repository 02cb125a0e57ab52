package dev.deploytrack.hidden;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.source.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * HTML comments in text a model loads: rendered Markdown hides them, the model reads them. Claude Code strips
 * block-level comments from CLAUDE.md and rules before loading (memory), so those files are not checked; tool
 * markers (prettier-ignore, markdownlint, table-of-contents and BEGIN/END markers) are not reported. A warning:
 * most comments are notes to maintainers.
 */
public final class HiddenHtmlComment extends BaseRule<ModelText> {

    public static final Rule RULE = Rule.of("hidden-html-comment", Severity.WARNING,
            "model-loaded text hides nothing in HTML comments",
            "An HTML comment in a skill, subagent, command, AGENTS.md or GEMINI.md is invisible when the Markdown "
                    + "is rendered but is read by the model; instructions there escape review. Code blocks, "
                    + "CLAUDE.md and .claude/rules (whose comments Claude Code strips) and tool markers are not "
                    + "reported.");

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final int EXCERPT = 60;

    public HiddenHtmlComment() {
        super(RULE);
    }

    @Override
    public void check(ModelText file, CheckContext context) {
        String text = file.source().text();
        if (file.commentsStripped() || !text.contains("<!--")) {
            return;
        }
        LineIndex lines = file.source().lines();
        int bodyStart = file.frontmatterEnd() == 0 ? 0 : file.frontmatterEnd() < lines.lineCount()
                ? lines.lineStart(file.frontmatterEnd() + 1) : text.length();
        Cap cap = new Cap(RULE, file.path());
        int at = text.indexOf("<!--");
        if (at >= 0 && at < bodyStart) {
            report(text, at, lines, true, cap);
        }
        String body = text.substring(bodyStart);
        for (int comment : comments(body)) {
            report(text, bodyStart + comment, lines, false, cap);
        }
        cap.report(context);
    }

    /** Holds a finding for the comment at {@code start} of the file's text, unless it is a tool's marker. */
    private static void report(String text, int start, LineIndex lines, boolean inFrontmatter, Cap cap) {
        int end = text.indexOf("-->", start + 4);
        // Only the start of the comment is looked at: a marker is recognised by its first words, and the excerpt
        // is short, so an unclosed comment running to the end of a 10 MB file is not copied.
        int from = start + 4;
        int to = end < 0 ? text.length() : end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String inside = text.substring(from, Math.min(to, from + 4 * EXCERPT)).strip();
        if (!inFrontmatter && isToolMarker(inside)) {
            return;
        }
        if (!cap.accepts()) {
            return;
        }
        String excerpt = inside.replaceAll("\\s+", " ");
        excerpt = excerpt.length() > EXCERPT ? excerpt.substring(0, EXCERPT) + "…" : excerpt;
        cap.add(RULE.defaultSeverity(), lines.line(start), lines.column(start), "an HTML comment "
                + (inFrontmatter ? "in the frontmatter " : "") + "is hidden when the Markdown is rendered but read "
                + "by the model: \"" + excerpt + "\"", "make it visible text if the model should read it, or "
                + "remove it");
    }

    /** The start offset (within {@code body}) of each HTML comment outside code, in document order. */
    private static List<Integer> comments(String body) {
        List<Integer> found = new ArrayList<>();
        LineIndex lines = LineIndex.of(body); // commonmark's lines end where LineIndex's do (\n, \r\n, \r)
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                add(block, block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                add(inline, inline.getLiteral());
            }

            private void add(Node node, String literal) {
                if (literal == null || !literal.contains("<!--") || node.getSourceSpans().isEmpty()) {
                    return;
                }
                SourceSpan span = node.getSourceSpans().get(0);
                found.add(lines.lineStart(span.getLineIndex() + 1) + span.getColumnIndex() + literal.indexOf("<!--"));
            }
        });
        return found;
    }

    private static boolean isToolMarker(String inside) {
        String lower = inside.toLowerCase(Locale.ROOT);
        return inside.isEmpty() || lower.startsWith("prettier-ignore") || lower.startsWith("markdownlint")
                || lower.startsWith("all-contributors") || lower.equals("toc") || lower.startsWith("/toc")
                || lower.startsWith("begin") || lower.startsWith("end") || lower.startsWith("omit in toc")
                || lower.startsWith("vale ") || lower.startsWith("cspell") || lower.startsWith("textlint");
    }
}
