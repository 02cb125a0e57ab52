package dev.deploytrack.lint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line and column it starts at, built from Jackson's streaming parser so that lint messages
 * can point into the file (a databind tree forgets positions).
 */
final class JsonTree {

    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    final Kind kind;
    final int line;
    final int column;
    final Map<String, JsonTree> fields;
    final List<JsonTree> items;
    final String text;

    private JsonTree(Kind kind, JsonLocation location, Map<String, JsonTree> fields, List<JsonTree> items, String text) {
        this.kind = kind;
        this.line = Math.max(1, location.getLineNr());
        this.column = Math.max(1, location.getColumnNr());
        this.fields = fields;
        this.items = items;
        this.text = text;
    }

    /** Reads the value at the parser's current token (the parser is positioned on it). */
    static JsonTree read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        JsonLocation location = parser.currentTokenLocation();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonTree> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.put(name, read(parser));
                }
                return new JsonTree(Kind.OBJECT, location, fields, List.of(), null);
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

    boolean is(Kind wanted) {
        return kind == wanted;
    }

    /** How a message names this value's kind. */
    String describe() {
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
