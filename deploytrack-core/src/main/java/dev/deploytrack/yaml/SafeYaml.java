package dev.deploytrack.yaml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one way deploytrack reads YAML. snakeyaml-engine composes a node tree (YAML 1.2 core schema: no custom tags,
 * so no arbitrary types are ever constructed) with explicit limits: at most {@value #MAX_ALIASES} aliases, nesting at
 * most {@value #MAX_DEPTH} deep, at most {@value #MAX_CODE_POINTS} code points, no duplicate keys. Errors carry
 * positions in the file, shifted by the line at which the fragment starts (frontmatter starts on line 2).
 */
public final class SafeYaml {

    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    private SafeYaml() {
    }

    /**
     * Parses one YAML document.
     *
     * @param text      the YAML text
     * @param firstLine the file line on which {@code text} starts (1 for a whole file)
     * @return the root node, or empty for an empty document
     */
    public static Optional<Node> parse(String text, int firstLine) throws YamlSyntaxException {
        return parse(text, firstLine, false);
    }

    /**
     * Parses one YAML document, keeping a key written twice in a mapping when {@code duplicateKeys} is true (both
     * entries stay in the tree, in file order): for files whose tool reads them that way, e.g. Claude Code, which
     * keeps the last value, so that the duplicate can be reported as a warning rather than as invalid YAML.
     */
    public static Optional<Node> parse(String text, int firstLine, boolean duplicateKeys)
            throws YamlSyntaxException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel("yaml")
                .setUseMarks(true)
                .setAllowDuplicateKeys(duplicateKeys)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setSchema(new CoreSchema())
                .build();
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new YamlSyntaxException("YAML larger than " + MAX_CODE_POINTS + " characters", firstLine, 1);
        }
        try {
            checkStructure(new Parse(settings).parseString(text), firstLine);
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isPresent() && !duplicateKeys) {
                rejectDuplicateKeys(root.get(), firstLine, new IdentityHashMap<>());
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            // "expected ']' but got end of stream": the opening bracket (context) is where the fix goes.
            if (e.getContextMark().isPresent() && mark != null && mark.getIndex() >= text.length() - 1) {
                mark = e.getContextMark().get();
            }
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            throw new YamlSyntaxException(describe(e), line, column);
        } catch (YamlEngineException e) {
            throw new YamlSyntaxException(clean(e.getMessage()), firstLine, 1);
        } catch (StackOverflowError e) {
            throw new YamlSyntaxException("YAML nested too deeply", firstLine, 1);
        }
    }

    /**
     * Walks the event stream once, before anything is composed: bounded nesting, at most {@value #MAX_ALIASES}
     * aliases of collections (the "billion laughs" shape), exactly one document. Event parsing is iterative, so
     * this cannot overflow the stack, and the limits are reported at the offending event.
     */
    private static void checkStructure(Iterable<Event> events, int firstLine) throws YamlSyntaxException {
        int depth = 0;
        int documents = 0;
        int collectionAliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event event : events) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    ((CollectionStartEvent) event).getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
                    if (++depth > MAX_DEPTH) {
                        throw at(event, "YAML nested deeper than " + MAX_DEPTH + " levels", firstLine);
                    }
                }
                case Alias -> {
                    boolean collection = collectionAnchors.contains(((AliasEvent) event).getAlias().getValue());
                    if (collection && ++collectionAliases > MAX_ALIASES) {
                        throw at(event, "more than " + MAX_ALIASES + " aliases of lists or mappings; refusing a "
                                + "possible alias bomb", firstLine);
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw at(event, "more than one YAML document ('---' separates documents); expected one",
                                firstLine);
                    }
                }
                default -> {
                    // scalars, aliases and stream events need no check here
                }
            }
        }
    }

    private static void rejectDuplicateKeys(Node node, int firstLine, Map<Node, Boolean> seen)
            throws YamlSyntaxException {
        if (seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Node first = keys.putIfAbsent(key.getValue(), key);
                    if (first != null) {
                        throw new YamlSyntaxException("duplicate key '" + key.getValue() + "' (first defined on line "
                                + YamlNodes.line(first, firstLine) + ")", YamlNodes.line(key, firstLine),
                                YamlNodes.column(key));
                    }
                }
                rejectDuplicateKeys(tuple.getValueNode(), firstLine, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                rejectDuplicateKeys(item, firstLine, seen);
            }
        }
    }

    private static YamlSyntaxException at(Event event, String problem, int firstLine) {
        Optional<Mark> mark = event.getStartMark();
        return new YamlSyntaxException(problem, mark.map(m -> m.getLine() + firstLine).orElse(firstLine),
                mark.map(m -> m.getColumn() + 1).orElse(1));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null || problem.isBlank()) {
            return clean(context);
        }
        return context == null || context.isBlank() ? clean(problem) : clean(context) + ": " + clean(problem);
    }

    /** snakeyaml messages may carry a quoted source excerpt over several lines; a finding wants one line. */
    private static String clean(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int excerpt = message.indexOf("\n in ");
        String text = excerpt >= 0 ? message.substring(0, excerpt) : message;
        return text.replaceAll("\\s+", " ").trim();
    }
}
