package dev.deploytrack.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.deploytrack.yaml.YamlNodes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A JSON value with the line and column it starts at, built from Jackson's streaming parser so that messages can
 * point into the file (a databind tree forgets positions). YAML frontmatter values convert to the same tree
 * ({@link #fromYaml}), so a rule over a structure that both hold (hooks in settings.json and in a skill's
 * frontmatter) is written once. Of a key written twice, the last value is kept, as JavaScript's JSON.parse does
 * (parsers that reject duplicates do so before building the tree).
 */
public final class JsonTree {

    /** The kinds of JSON value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    public final Kind kind;
    public final int line;
    public final int column;
    public final Map<String, JsonTree> fields;
    /** The line and column of each key of an object (where messages about the key point). */
    public final Map<String, int[]> keyPositions;
    public final List<JsonTree> items;
    public final String text;

    private JsonTree(Kind kind, int line, int column, Map<String, JsonTree> fields, Map<String, int[]> keyPositions,
                     List<JsonTree> items, String text) {
        this.kind = kind;
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
        this.fields = fields;
        this.keyPositions = keyPositions;
        this.items = items;
        this.text = text;
    }

    private JsonTree(Kind kind, JsonLocation location, Map<String, JsonTree> fields, List<JsonTree> items,
                     String text) {
        this(kind, location.getLineNr(), location.getColumnNr(), fields, Map.of(), items, text);
    }

    /** A value at a position, e.g. converted from YAML. */
    public static JsonTree of(Kind kind, int line, int column, Map<String, JsonTree> fields,
                              Map<String, int[]> keyPositions, List<JsonTree> items, String text) {
        return new JsonTree(kind, line, column, fields, keyPositions, items, text);
    }

    /**
     * A YAML node (frontmatter) as a tree of the same shape: mappings as objects, sequences as arrays, scalars by
     * their core-schema type.
     *
     * @param firstLine the file line on which the YAML starts
     */
    public static JsonTree fromYaml(Node node, int firstLine) {
        int line = YamlNodes.line(node, firstLine);
        int column = YamlNodes.column(node);
        if (node instanceof MappingNode mapping) {
            Map<String, JsonTree> fields = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = YamlNodes.scalarText(tuple.getKeyNode());
                if (key == null) {
                    continue;
                }
                fields.remove(key); // the last of two equal keys wins, and takes the later position
                fields.put(key, fromYaml(tuple.getValueNode(), firstLine));
                keys.put(key, new int[] {YamlNodes.line(tuple.getKeyNode(), firstLine),
                        YamlNodes.column(tuple.getKeyNode())});
            }
            return new JsonTree(Kind.OBJECT, line, column, fields, keys, List.of(), null);
        }
        if (node instanceof SequenceNode sequence) {
            List<JsonTree> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(fromYaml(item, firstLine));
            }
            return new JsonTree(Kind.ARRAY, line, column, Map.of(), Map.of(), items, null);
        }
        Tag tag = node.getTag();
        Kind kind = Tag.STR.equals(tag) ? Kind.STRING : Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) ? Kind.NUMBER
                : Tag.BOOL.equals(tag) ? Kind.BOOLEAN : Tag.NULL.equals(tag) ? Kind.NULL : Kind.STRING;
        return new JsonTree(kind, line, column, Map.of(), Map.of(), List.of(), YamlNodes.scalarText(node));
    }

    /** Reads the value at the parser's current token (the parser is positioned on it). */
    public static JsonTree read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        JsonLocation location = parser.currentTokenLocation();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonTree> fields = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation key = parser.currentTokenLocation();
                    parser.nextToken();
                    fields.remove(name); // the last of two equal keys wins, and takes the later position
                    fields.put(name, read(parser));
                    keys.put(name, new int[] {key.getLineNr(), key.getColumnNr()});
                }
                return new JsonTree(Kind.OBJECT, location.getLineNr(), location.getColumnNr(), fields, keys,
                        List.of(), null);
            }
            case START_ARRAY -> {
                List<JsonTree> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new JsonTree(Kind.ARRAY, location, Map.of(), items, null);
            }
            case VALUE_STRING -> {
                return new JsonTree(Kind.STRING, location, Map.of(), List.of(), parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonTree(Kind.NUMBER, location, Map.of(), List.of(), parser.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonTree(Kind.BOOLEAN, location, Map.of(), List.of(), parser.getText());
            }
            default -> {
                return new JsonTree(Kind.NULL, location, Map.of(), List.of(), null);
            }
        }
    }

    public boolean is(Kind wanted) {
        return kind == wanted;
    }

    /** A field of an object, or null (also for a value that is not an object). */
    public JsonTree get(String name) {
        return fields.get(name);
    }

    /** A field's string value, or null when it is absent or not a string. */
    public String string(String name) {
        JsonTree value = fields.get(name);
        return value != null && value.is(Kind.STRING) ? value.text : null;
    }

    /** The line of the key {@code name} of this object (the object's line when unknown). */
    public int keyLine(String name) {
        int[] position = keyPositions.get(name);
        return position == null ? line : position[0];
    }

    /** The column of the key {@code name} of this object. */
    public int keyColumn(String name) {
        int[] position = keyPositions.get(name);
        return position == null ? column : position[1];
    }

    /** How a message names this value's kind. */
    public String describe() {
        return describe(kind);
    }

    /** How a message names a kind of value: "an object", "a string"... */
    public static String describe(Kind kind) {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }
}
