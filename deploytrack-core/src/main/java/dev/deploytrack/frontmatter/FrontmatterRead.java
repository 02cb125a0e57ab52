package dev.deploytrack.frontmatter;

import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.yaml.YamlNodes;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * A file's frontmatter as its tool reads it: whether there is any, whether it parsed strictly or only after the
 * tool's repair, and its fields (the last value of a key written twice, as Claude Code keeps).
 */
public final class FrontmatterRead {

    /** What reading the frontmatter gave. */
    public enum Outcome {
        /** No opening {@code ---} line. */
        MISSING,
        /** An opening {@code ---} and no closing one. */
        UNCLOSED,
        /** Not YAML the tool reads, even after its repair. */
        INVALID,
        /** YAML, but not a mapping of fields (a list, a scalar, nothing). */
        NOT_MAPPING,
        /** Strict YAML. */
        STRICT,
        /** Not strict YAML; read after the tool's repair quoted some values. */
        REPAIRED
    }

    private final Outcome outcome;
    private final Frontmatter frontmatter;
    private final MappingNode mapping;
    private final YamlSyntaxException strictError;
    private final YamlSyntaxException error;
    private final List<Integer> repairedLines;
    private final List<NodeTuple> duplicates;
    private final Map<String, NodeTuple> fields;
    private final Node notMapping;

    FrontmatterRead(Outcome outcome, Frontmatter frontmatter, MappingNode mapping, YamlSyntaxException strictError,
                    YamlSyntaxException error, List<Integer> repairedLines, List<NodeTuple> duplicates,
                    Node notMapping) {
        this.outcome = outcome;
        this.frontmatter = frontmatter;
        this.mapping = mapping;
        this.strictError = strictError;
        this.error = error;
        this.repairedLines = List.copyOf(repairedLines);
        this.duplicates = List.copyOf(duplicates);
        this.notMapping = notMapping;
        Map<String, NodeTuple> byName = new LinkedHashMap<>();
        if (mapping != null) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = YamlNodes.isString(tuple.getKeyNode()) ? YamlNodes.scalarText(tuple.getKeyNode()) : null;
                if (key != null) {
                    byName.remove(key); // the last one wins, in its position
                    byName.put(key, tuple);
                }
            }
        }
        this.fields = byName;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Whether fields could be read (strictly or after the repair). */
    public boolean hasFields() {
        return outcome == Outcome.STRICT || outcome == Outcome.REPAIRED;
    }

    public Frontmatter frontmatter() {
        return frontmatter;
    }

    /** The mapping of fields, when {@link #hasFields()}. */
    public MappingNode mapping() {
        return mapping;
    }

    /** Why strict YAML rejected the text (for {@link Outcome#REPAIRED} and {@link Outcome#INVALID}). */
    public YamlSyntaxException strictError() {
        return strictError;
    }

    /** Why the text could not be read at all ({@link Outcome#INVALID}). */
    public YamlSyntaxException error() {
        return error;
    }

    /** The file lines whose values the repair quoted. */
    public List<Integer> repairedLines() {
        return repairedLines;
    }

    /** The key entries that repeat an earlier key of the top-level mapping (their values win). */
    public List<NodeTuple> duplicates() {
        return duplicates;
    }

    /** The root node when it is not a mapping (for {@link Outcome#NOT_MAPPING}; empty for empty frontmatter). */
    public Optional<Node> notMapping() {
        return Optional.ofNullable(notMapping);
    }

    /** The top-level fields with string keys, by name, in file order. */
    public Map<String, NodeTuple> fields() {
        return fields;
    }

    public Optional<Node> field(String name) {
        NodeTuple tuple = fields.get(name);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /** A field's value when it is a string, else null. */
    public String string(String name) {
        NodeTuple tuple = fields.get(name);
        return tuple != null && YamlNodes.isString(tuple.getValueNode())
                ? YamlNodes.scalarText(tuple.getValueNode()) : null;
    }

    /** The Markdown after the frontmatter (the whole text when there is none). */
    public String body() {
        return frontmatter.body();
    }

    public int bodyStartLine() {
        return frontmatter.bodyStartLine();
    }
}
