package dev.deploytrack.claude;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.ClaudePlugin;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A JSON file Claude Code loads (settings, plugin hooks, a plugin manifest, a marketplace), parsed as JavaScript's
 * {@code JSON.parse} reads it.
 *
 * @param parsed the tree, or why the file is not JSON
 * @param plugin the plugin it belongs to, or null
 */
public record ClaudeJson(String path, FileType type, JsonFiles.Parsed parsed, ClaudePlugin plugin,
                         ClaudeProject project) {

    /** The root value; only when {@link JsonFiles.Parsed#ok()}. */
    public JsonTree root() {
        return parsed.tree();
    }

    /** The root's field, or null when the root is not an object or lacks it. */
    public JsonTree get(String field) {
        JsonTree root = parsed.tree();
        return root != null && root.is(JsonTree.Kind.OBJECT) ? root.get(field) : null;
    }

    public void report(CheckContext context, Rule rule, JsonTree at, String message, String hint) {
        context.report(rule, path, at.line, at.column, message, hint);
    }

    public void report(CheckContext context, Rule rule, Severity severity, JsonTree at, String message,
                       String hint) {
        context.report(rule, severity, path, at.line, at.column, message, hint);
    }

    /** Reports at the key {@code key} of {@code object}. */
    public void reportKey(CheckContext context, Rule rule, JsonTree object, String key, String message,
                          String hint) {
        context.report(rule, path, object.keyLine(key), object.keyColumn(key), message, hint);
    }
}
