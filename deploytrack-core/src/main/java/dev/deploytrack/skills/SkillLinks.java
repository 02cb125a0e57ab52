package dev.deploytrack.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The file references of a SKILL.md body, read with commonmark so that code spans and fenced code are left out:
 * Markdown link and image targets, and bare relative paths in the prose ({@code scripts/extract.py}).
 */
final class SkillLinks {

    /** A reference: the target as written, whether it was a link, and its file position. */
    record Reference(String target, boolean link, int line, int column) {
    }

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** A bare path: directories and a file name with an extension, separated by / or \. */
    private static final Pattern BARE_PATH = Pattern.compile(
            "(?<![\\w./\\\\$~:@-])((?:[\\w.-]+[/\\\\])+[\\w.-]+\\.[A-Za-z0-9]{1,8})(?![\\w/\\\\(])");

    private SkillLinks() {
    }

    /** The references of a SKILL.md body, parsed once per run however many rules ask. */
    static List<Reference> of(SkillContent skill) {
        return skill.source().derived(Cached.class, text -> new Cached(of(skill.frontmatter().body(),
                skill.frontmatter().bodyStartLine()))).references;
    }

    /** Cache key for {@link #of(SkillContent)}. */
    private record Cached(List<Reference> references) {
    }

    /** The references of {@code body}, which starts on file line {@code firstLine}. */
    static List<Reference> of(String body, int firstLine) {
        if (body.indexOf('/') < 0 && body.indexOf('\\') < 0 && body.indexOf("](") < 0) {
            return List.of(); // no link and no path: no need to parse
        }
        List<Reference> references = new ArrayList<>();
        Node document = PARSER.parse(body);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image, image.getDestination());
            }

            @Override
            public void visit(Text text) {
                Matcher matcher = BARE_PATH.matcher(text.getLiteral());
                SourceSpan span = text.getSourceSpans().isEmpty() ? null : text.getSourceSpans().get(0);
                while (matcher.find()) {
                    references.add(new Reference(matcher.group(1), false,
                            span == null ? firstLine : span.getLineIndex() + firstLine,
                            span == null ? 1 : span.getColumnIndex() + 1 + matcher.start(1)));
                }
            }

            private void add(Node node, String destination) {
                SourceSpan span = node.getSourceSpans().isEmpty() ? null : node.getSourceSpans().get(0);
                references.add(new Reference(destination, true,
                        span == null ? firstLine : span.getLineIndex() + firstLine,
                        span == null ? 1 : span.getColumnIndex() + 1));
            }
        });
        return references;
    }

    /**
     * The skill-relative file a reference names, or null when it is not a relative file reference: a URL, an
     * anchor, a mail address, an absolute path, a placeholder such as ${CLAUDE_SKILL_DIR}.
     */
    static String relativeFile(Reference reference) {
        String target = reference.target().strip();
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("/") || target.startsWith("~")
                || target.contains("://") || target.startsWith("mailto:") || target.contains("$")
                || target.contains("{") || target.contains("<") || target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        int cut = target.length();
        for (char c : new char[] {'#', '?'}) {
            int at = target.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String path = target.substring(0, cut);
        if (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path.isEmpty() ? null : path.replace("%20", " ");
    }
}
