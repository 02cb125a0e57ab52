package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a registry object that this version of deploytrack does not know (a team's own additions). They are
 * kept and written back, so reading and rewriting a registry never loses what someone else put there.
 */
abstract class ExtraFields {

    /** Transient: not a property of its own; Jackson reaches it through the any-setter and any-getter. */
    private transient Map<String, JsonNode> extra;

    @JsonAnySetter
    void putExtra(String name, JsonNode value) {
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        extra.put(name, value);
    }

    @JsonAnyGetter
    Map<String, JsonNode> extra() {
        return extra == null ? Map.of() : extra;
    }
}
