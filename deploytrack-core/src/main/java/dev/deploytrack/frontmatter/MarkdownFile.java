package dev.deploytrack.frontmatter;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.YamlNodes;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** A Markdown file with frontmatter, read as its tool reads it: what the frontmatter rules look at. */
public interface MarkdownFile {

    String path();

    FileType type();

    SourceText source();

    FrontmatterRead frontmatter();

    /** Whether the file belongs to a plugin (which some tools load more leniently than project files). */
    boolean inPlugin();

    /**
     * The frontmatter fields the file's tool documents: where a delimiter is missing, a run of these fields is what
     * tells {@code --fix} where the frontmatter is. Empty: no delimiter is ever added.
     */
    default Set<String> knownFields() {
        return Set.of();
    }

    /** How the file's tool reads its frontmatter (a fix is checked by reading the fixed file so). */
    default Reading reading() {
        return Reading.STRICT;
    }

    /** Reports at a frontmatter node (frontmatter starts on file line 2). */
    default void report(CheckContext context, Rule rule, Node node, String message, String hint) {
        context.report(rule, path(), YamlNodes.line(node, 2), YamlNodes.column(node), message, hint);
    }

    default void report(CheckContext context, Rule rule, Severity severity, Node node, String message,
                        String hint) {
        context.report(rule, severity, path(), YamlNodes.line(node, 2), YamlNodes.column(node), message, hint);
    }

    /** Reports at the key of a top-level field (or line 1 when it is absent). */
    default void reportField(CheckContext context, Rule rule, String field, String message, String hint) {
        var tuple = frontmatter().fields().get(field);
        if (tuple == null) {
            context.report(rule, path(), 1, 1, message, hint);
        } else {
            report(context, rule, tuple.getKeyNode(), message, hint);
        }
    }
}
