package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a registry object that this version of deploytrack does not know (a team's own additions). They are
 * kept and written back, so reading and rewriting a registry never loses what someone else put there. A full read
 * keeps them as Jackson trees; a read that trusts the file's layout keeps their text ({@link RawJson}).
 */
abstract class ExtraFields {

    /** Transient: not a property of its own; Jackson reaches it through the any-setter. */
    private transient Map<String, Object> extra;
    /** Where the object starts in the file a full read took it from (1-based), or 0; for messages about it. */
    private transient int line;
    private transient int column;

    @JsonAnySetter
    void putExtra(String name, JsonNode value) {
        put(name, value);
    }

    void putRawExtra(String name, RawJson value) {
        put(name, value);
    }

    /** Keeps a value taken from another object's extras. */
    void put(String name, Object value) {
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        extra.put(name, value);
    }

    void at(int line, int column) {
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** Name to value, a {@link JsonNode} or a {@link RawJson}, in the order they were read. */
    Map<String, Object> extra() {
        return extra == null ? Map.of() : extra;
    }
}
