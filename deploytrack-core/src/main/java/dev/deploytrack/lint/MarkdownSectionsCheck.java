package dev.deploytrack.lint;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.source.SourceText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Required sections: each Markdown file matched by a {@link RequiredSections} entry must contain the listed
 * headings. Headings are read with commonmark, so a {@code # Setup} inside a code block does not count.
 */
public final class MarkdownSectionsCheck implements Check {

    private final List<RequiredSections> requirements;
    private final Parser parser = Parser.builder().build();

    public MarkdownSectionsCheck(List<RequiredSections> requirements) {
        this.requirements = List.copyOf(requirements);
    }

    @Override
    public void run(CheckContext context) {
        if (requirements.isEmpty()) {
            return;
        }
        List<String> markdown = context.workspace().files().stream()
                .filter(file -> file.endsWith(".md") || file.endsWith(".mdx"))
                .filter(file -> requirements.stream().anyMatch(r -> r.files().matches(file)))
                .toList();
        context.forEachText(markdown, (path, text) -> check(context, path, text));
    }

    private void check(CheckContext context, String path, SourceText text) {
        Set<String> headings = headings(text.text());
        for (RequiredSections requirement : requirements) {
            if (!requirement.files().matches(path)) {
                continue;
            }
            for (String heading : requirement.headings()) {
                if (!headings.contains(normalize(heading))) {
                    context.report(LintRules.MARKDOWN_REQUIRED_SECTION, path, 1, 1, "missing required section '"
                            + heading + "' (required for files matching '" + requirement.files().pattern()
                            + "' by markdown.required-sections)", "add a heading: ## " + heading);
                }
            }
        }
    }

    private Set<String> headings(String markdown) {
        Set<String> headings = new HashSet<>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(normalize(textOf(heading)));
            }
        });
        return headings;
    }

    private static String textOf(Node node) {
        List<String> parts = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                parts.add(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                parts.add(code.getLiteral());
            }
        });
        return String.join("", parts);
    }

    private static String normalize(String heading) {
        return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
