package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.discovery.PluginSource;
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
        return context.json(manifest, JsonFiles.Dialect.JSON_PARSE)
                .filter(parsed -> parsed.ok() && parsed.tree().is(JsonTree.Kind.OBJECT))
                .map(JsonFiles.Parsed::tree).orElse(null);
    }

    static String manifestPath(String directory) {
        return (directory.isEmpty() ? "" : directory + "/") + ".claude-plugin/plugin.json";
    }

    /** A local entry's directory relative to the repository, or null for a remote or malformed source. */
    static String localDirectory(ClaudeJson marketplace, JsonTree entry) {
        return marketplace.root() == null ? null
                : PluginSource.localDirectory(marketplace.path(), marketplace.root(), entry).orElse(null);
    }
}
