package dev.deploytrack.claude;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.frontmatter.MarkdownFile;
import dev.deploytrack.report.Rule;
import dev.deploytrack.yaml.Suggestions;
import dev.deploytrack.yaml.YamlNodes;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Checks of frontmatter fields against their documented values, reported under one rule. */
public final class FieldValues {

    private final MarkdownFile file;
    private final CheckContext context;
    private final Rule rule;

    public FieldValues(MarkdownFile file, CheckContext context, Rule rule) {
        this.file = file;
        this.context = context;
        this.rule = rule;
    }

    private Node value(String field) {
        return file.frontmatter().field(field).filter(node -> !YamlNodes.isNull(node)).orElse(null);
    }

    /** An alias such as sonnet or inherit, or a model id. */
    public void model(String field) {
        Node value = value(field);
        if (value == null) {
            return;
        }
        if (!YamlNodes.isString(value)) {
            file.report(context, rule, value, "'" + field + "' is " + YamlNodes.describeKind(value)
                    + "; it names a model", "e.g. " + field + ": sonnet");
            return;
        }
        String model = YamlNodes.scalarText(value).strip();
        if (!ClaudeCode.isModel(model)) {
            file.report(context, rule, value, "'" + model + "' is not a Claude model alias or id",
                    "use an alias (sonnet, opus, haiku, inherit) or a full id such as claude-sonnet-4-5");
        }
    }

    /** One of {@code allowed}. */
    public void oneOf(String field, Set<String> allowed) {
        Node value = value(field);
        if (value == null) {
            return;
        }
        String text = YamlNodes.scalarText(value);
        if (text != null && allowed.contains(text.strip())) {
            return;
        }
        String near = text == null ? null : Suggestions.closest(text, allowed, 3);
        file.report(context, rule, value, "'" + field + "' is " + (text == null ? YamlNodes.describeKind(value)
                : "'" + text + "'") + "; it takes " + String.join(", ", new TreeSet<>(allowed)),
                near != null ? "did you mean '" + near + "'?" : null);
    }

    /** A YAML boolean. */
    public void bool(String field) {
        Node value = value(field);
        if (value != null && !Tag.BOOL.equals(value.getTag())) {
            file.report(context, rule, value, "'" + field + "' is " + YamlNodes.describeKind(value)
                    + ", not a boolean", "write true or false");
        }
    }

    /** A positive integer. */
    public void positiveInteger(String field) {
        Node value = value(field);
        if (value == null) {
            return;
        }
        String text = YamlNodes.scalarText(value);
        boolean ok = Tag.INT.equals(value.getTag()) && text != null && !text.strip().startsWith("-")
                && !text.strip().matches("[+]?0+");
        if (!ok) {
            file.report(context, rule, value, "'" + field + "' is " + (text == null
                    ? YamlNodes.describeKind(value) : "'" + text + "'") + "; it takes a positive integer", null);
        }
    }
}
