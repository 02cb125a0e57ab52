package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import java.util.ArrayList;
import java.util.List;

/** The plugin entries of a marketplace (objects in its 'plugins' array). */
final class Entries {

    private Entries() {
    }

    static List<JsonTree> of(ClaudeJson marketplace) {
        List<JsonTree> entries = new ArrayList<>();
        JsonTree plugins = marketplace.get("plugins");
        if (plugins != null && plugins.is(JsonTree.Kind.ARRAY)) {
            for (JsonTree entry : plugins.items) {
                if (entry.is(JsonTree.Kind.OBJECT)) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /** The plugin.json of a local entry's plugin as a JSON object, or null when there is none to read. */
    static JsonTree manifest(ClaudeJson marketplace, JsonTree entry, CheckContext context) {
        String directory = localDirectory(marketplace, entry);
        if (directory == null) {
            return null;
        }
        String manifest = manifestPath(directory);
        if (!marketplace.project().exists(manifest)) {
            return null;
        }
        var text = context.text(manifest);
        if (text.isEmpty()) {
            return null;
        }
        JsonFiles.Parsed parsed = JsonFiles.parse(text.get().text(), JsonFiles.Dialect.JSON_PARSE);
        return parsed.ok() && parsed.tree().is(JsonTree.Kind.OBJECT) ? parsed.tree() : null;
    }

    static String manifestPath(String directory) {
        return (directory.isEmpty() ? "" : directory + "/") + ".claude-plugin/plugin.json";
    }

    /** The marketplace's root directory (holding .claude-plugin/). */
    static String root(ClaudeJson marketplace) {
        String path = marketplace.path();
        String suffix = ".claude-plugin/marketplace.json";
        return path.length() == suffix.length() ? "" : path.substring(0, path.length() - suffix.length() - 1);
    }

    /** A local entry's directory relative to the repository, or null for a remote or malformed source. */
    static String localDirectory(ClaudeJson marketplace, JsonTree entry) {
        String source = entry.string("source");
        if (source == null || source.contains("..") || source.startsWith("/")) {
            return null;
        }
        String relative;
        if (source.startsWith("./") || source.equals(".")) {
            relative = source;
        } else {
            JsonTree metadata = marketplace.get("metadata");
            String pluginRoot = metadata == null ? null : metadata.string("pluginRoot");
            if (pluginRoot == null || source.contains("/")) {
                return null;
            }
            relative = pluginRoot + "/" + source;
        }
        String root = root(marketplace);
        StringBuilder path = new StringBuilder(root);
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }
}
