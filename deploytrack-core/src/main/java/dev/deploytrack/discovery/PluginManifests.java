package dev.deploytrack.discovery;

import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.json.ParsedJson;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what discovery needs from Claude Code plugin manifests and marketplaces: where plugins are and which
 * component paths they list. Tolerant on purpose: a manifest that cannot be read leaves the plugin with its default
 * folders, and the plugin checks report the problem.
 */
final class PluginManifests {

    static final String MANIFEST = ".claude-plugin/plugin.json";
    static final String MARKETPLACE = ".claude-plugin/marketplace.json";
    static final String CODEX_MANIFEST = ".codex-plugin/plugin.json";

    /** Manifests are small; one larger than this is not read for discovery (its check reports the size). */
    private static final long MAX_BYTES = 1L << 20;

    private PluginManifests() {
    }

    /** The plugins of a repository whose files are {@code files}; manifests are read through {@code workspace}. */
    static List<ClaudePlugin> find(List<String> files, Workspace workspace, ParsedJson json) {
        Map<String, Builder> plugins = new LinkedHashMap<>();
        Set<String> fileSet = new HashSet<>(files);
        for (String file : files) {
            if (file.equals(MANIFEST) || file.endsWith("/" + MANIFEST)) {
                String root = rootOf(file, MANIFEST);
                Builder plugin = plugins.computeIfAbsent(root, Builder::new);
                plugin.manifest = file;
                read(workspace, file, json).ifPresent(manifest -> plugin.components(manifest));
            }
        }
        for (String file : files) {
            if (file.equals(MARKETPLACE) || file.endsWith("/" + MARKETPLACE)) {
                read(workspace, file, json).ifPresent(market -> marketplace(file, market, plugins));
            }
        }
        List<ClaudePlugin> found = new ArrayList<>();
        for (Builder plugin : plugins.values()) {
            plugin.codex = fileSet.contains(plugin.root.isEmpty() ? CODEX_MANIFEST : plugin.root + "/"
                    + CODEX_MANIFEST);
            found.add(plugin.build());
        }
        return found;
    }

    private static void marketplace(String file, JsonTree market, Map<String, Builder> plugins) {
        JsonTree entries = market.get("plugins");
        if (entries == null || !entries.is(JsonTree.Kind.ARRAY)) {
            return;
        }
        for (JsonTree entry : entries.items) {
            Optional<String> dir = PluginSource.localDirectory(file, market, entry);
            if (dir.isEmpty()) {
                continue; // remote, or a source claude-marketplace-source reports
            }
            Builder plugin = plugins.computeIfAbsent(dir.get(), Builder::new);
            if (plugin.marketplace == null) {
                plugin.marketplace = file;
            }
            plugin.components(entry);
        }
    }

    /** The directory holding {@code <dir>/<suffix>}. */
    private static String rootOf(String file, String suffix) {
        return file.length() == suffix.length() ? "" : file.substring(0, file.length() - suffix.length() - 1);
    }

    /**
     * {@code relative} (written {@code ./x} in a manifest) resolved against {@code base}; empty when it is absolute
     * or climbs out with {@code ..} (the plugin checks report such paths).
     */
    static Optional<String> normalize(String base, String relative) {
        if (relative.startsWith("/") || relative.contains("\\")) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!base.isEmpty()) {
            parts.addAll(List.of(base.split("/")));
        }
        int floor = parts.size();
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                return Optional.empty();
            }
            parts.add(part);
        }
        return parts.size() < floor ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /** The manifest's JSON object (read as Claude Code reads it, through the run's cache), or empty. */
    static Optional<JsonTree> read(Workspace workspace, String path, ParsedJson json) {
        try {
            if (workspace.size(path) > MAX_BYTES) {
                return Optional.empty();
            }
            JsonFiles.Parsed parsed = json.parse(path, SourceText.decode(workspace.read(path)).text(),
                    JsonFiles.Dialect.JSON_PARSE);
            return parsed.ok() && parsed.tree().is(JsonTree.Kind.OBJECT) ? Optional.of(parsed.tree())
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A plugin being assembled from its manifest and marketplace entries. */
    private static final class Builder {

        final String root;
        String manifest;
        String marketplace;
        List<String> agents;
        List<String> commands;
        final List<String> skills = new ArrayList<>();
        final List<String> hooks = new ArrayList<>();
        final List<String> mcp = new ArrayList<>();
        boolean codex;

        Builder(String root) {
            this.root = root;
        }

        /** Adds the component paths of a manifest or a marketplace entry. */
        void components(JsonTree declaration) {
            List<String> listedAgents = paths(declaration.get("agents"));
            if (listedAgents != null) {
                agents = agents == null ? new ArrayList<>() : agents;
                agents.addAll(listedAgents);
            }
            List<String> listedCommands = paths(declaration.get("commands"));
            if (listedCommands != null) {
                commands = commands == null ? new ArrayList<>() : commands;
                commands.addAll(listedCommands);
            }
            addAll(skills, paths(declaration.get("skills")));
            addAll(hooks, paths(declaration.get("hooks")));
            addAll(mcp, paths(declaration.get("mcpServers")));
        }

        private static void addAll(List<String> to, List<String> paths) {
            if (paths != null) {
                to.addAll(paths);
            }
        }

        /** A path field (a string or a list of strings) as repository paths; {@code null} when absent or inline. */
        private List<String> paths(JsonTree field) {
            if (field == null) {
                return null;
            }
            List<JsonTree> values = new ArrayList<>();
            if (field.is(JsonTree.Kind.STRING)) {
                values.add(field);
            } else if (field.is(JsonTree.Kind.ARRAY)) {
                values.addAll(field.items);
            } else {
                return null; // inline hooks or servers: the manifest's own check reads them
            }
            List<String> paths = new ArrayList<>();
            for (JsonTree value : values) {
                if (value.is(JsonTree.Kind.STRING) && (value.text.startsWith("./") || value.text.equals("."))) {
                    normalize(root, value.text).ifPresent(paths::add);
                }
            }
            return paths;
        }

        ClaudePlugin build() {
            return new ClaudePlugin(root, manifest, marketplace, agents, commands, skills, hooks, mcp, codex);
        }
    }
}
