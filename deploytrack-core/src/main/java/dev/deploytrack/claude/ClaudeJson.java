package dev.deploytrack.claude;

import dev.deploytrack.check.JsonFindings;
import dev.deploytrack.discovery.ClaudePlugin;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;

/**
 * A JSON file Claude Code loads (settings, plugin hooks, a plugin manifest, a marketplace), parsed as JavaScript's
 * {@code JSON.parse} reads it.
 *
 * @param parsed the tree, or why the file is not JSON
 * @param plugin the plugin it belongs to, or null
 */
public record ClaudeJson(String path, FileType type, JsonFiles.Parsed parsed, ClaudePlugin plugin,
                         ClaudeProject project) implements JsonFindings {

    /** The root value; only when {@link JsonFiles.Parsed#ok()}. */
    public JsonTree root() {
        return parsed.tree();
    }

    /** The root's field, or null when the root is not an object or lacks it. */
    public JsonTree get(String field) {
        JsonTree root = parsed.tree();
        return root != null && root.is(JsonTree.Kind.OBJECT) ? root.get(field) : null;
    }
}
