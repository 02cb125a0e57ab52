package dev.deploytrack.hidden;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
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
        int bodyStart = 0;
        for (int line = 1; line <= file.frontmatterEnd() && bodyStart >= 0; line++) {
            bodyStart = text.indexOf('\n', bodyStart) + 1;
            if (bodyStart == 0) {
                bodyStart = text.length();
                break;
            }
        }
        String frontmatter = text.substring(0, Math.min(bodyStart, text.length()));
        int at = frontmatter.indexOf("<!--");
        if (at >= 0) {
            report(file, context, frontmatter, at, lineOf(text, at), columnOf(text, at), true);
        }
        for (int[] comment : comments(text.substring(Math.min(bodyStart, text.length())))) {
            String body = text.substring(Math.min(bodyStart, text.length()));
            report(file, context, body, comment[0], comment[1] + file.frontmatterEnd(), comment[2], false);
        }
    }

    private void report(ModelText file, CheckContext context, String text, int start, int line, int column,
                        boolean inFrontmatter) {
        int end = text.indexOf("-->", start + 4);
        String inside = text.substring(start + 4, end < 0 ? text.length() : end).strip();
        if (!inFrontmatter && isToolMarker(inside)) {
            return;
        }
        String excerpt = inside.replaceAll("\\s+", " ");
        excerpt = excerpt.length() > EXCERPT ? excerpt.substring(0, EXCERPT) + "…" : excerpt;
        context.report(RULE, file.path(), line, column, "an HTML comment " + (inFrontmatter ? "in the frontmatter "
                : "") + "is hidden when the Markdown is rendered but read by the model: \"" + excerpt + "\"",
                "make it visible text if the model should read it, or remove it");
    }

    /** Start offset, line and column (within {@code body}) of each HTML comment outside code. */
    private static List<int[]> comments(String body) {
        List<int[]> found = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        int[] lineStarts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            lineStarts[i] = lineStarts[i - 1] + lines[i - 1].length() + 1;
        }
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
                int offset = lineStarts[span.getLineIndex()] + span.getColumnIndex() + literal.indexOf("<!--");
                found.add(new int[] {offset, lineOf(body, offset), columnOf(body, offset)});
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

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(String text, int offset) {
        return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    }
}
