package dev.deploytrack.codex;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses TOML with jackson-dataformat-toml (TOML 1.0: duplicate keys and tables are errors, as in Codex's parser) into
 * the same {@link JsonTree} the JSON files give, so that one implementation of the MCP server rules serves every
 * client. The library keeps no positions, so {@link TomlPositions} finds the line of each key for messages. Loaded
 * only when a run has a TOML file: the pre-commit hook never pays for it otherwise.
 */
final class TomlTree {

    private static final TomlMapper MAPPER = new TomlMapper();

    private TomlTree() {
    }

    /** The tree of {@code text}, or where and why it is not TOML. */
    static JsonFiles.Parsed parse(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String message = JsonFiles.withoutLongTokens(e.getOriginalMessage());
            int line = location == null ? 1 : Math.max(1, location.getLineNr());
            int column = location == null ? 1 : Math.max(1, location.getColumnNr());
            boolean duplicate = message.contains("Duplicate key") || message.contains("redefined");
            int[] repeat = duplicate ? TomlPositions.of(text).firstRepeat() : null;
            if (repeat != null && repeat[0] <= line) { // the parser stops after the value; point at the key
                line = repeat[0];
                column = repeat[1];
            }
            return new JsonFiles.Parsed(null, line, column, "invalid TOML: " + message,
                    duplicate ? "each key and table may be defined once; merge the two" : null);
        }
        if (root == null) {
            root = MAPPER.createObjectNode();
        }
        TomlPositions positions = TomlPositions.of(text);
        return new JsonFiles.Parsed(convert(root, new ArrayList<>(), positions, new int[] {1, 1}), 1, 1, null, null);
    }

    private static JsonTree convert(JsonNode node, List<String> path, TomlPositions positions, int[] at) {
        if (node.isObject()) {
            Map<String, JsonTree> fields = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                path.add(field.getKey());
                int[] key = positions.of(path, at);
                keys.put(field.getKey(), key);
                fields.put(field.getKey(), convert(field.getValue(), path, positions, key));
                path.remove(path.size() - 1);
            }
            return JsonTree.of(JsonTree.Kind.OBJECT, at[0], at[1], fields, keys, List.of(), null);
        }
        if (node.isArray()) {
            List<JsonTree> items = new ArrayList<>();
            for (JsonNode item : node) {
                items.add(convert(item, path, positions, at));
            }
            return JsonTree.of(JsonTree.Kind.ARRAY, at[0], at[1], Map.of(), Map.of(), items, null);
        }
        JsonTree.Kind kind = node.isNumber() ? JsonTree.Kind.NUMBER : node.isBoolean() ? JsonTree.Kind.BOOLEAN
                : node.isNull() ? JsonTree.Kind.NULL : JsonTree.Kind.STRING;
        return JsonTree.of(kind, at[0], at[1], Map.of(), Map.of(), List.of(), node.asText());
    }
}
