package dev.deploytrack.discovery;

import dev.deploytrack.json.JsonTree;
import java.util.Optional;

/**
 * Where a marketplace entry's plugin is in the repository, as Claude Code resolves its {@code source}: a {@code ./}
 * path from the marketplace's root (the directory holding {@code .claude-plugin/}), or a bare name under
 * {@code metadata.pluginRoot}. The one resolver, for discovery (which finds the plugin there) and for the marketplace
 * rules (which check that it is there).
 */
public final class PluginSource {

    private PluginSource() {
    }

    /**
     * The local directory of {@code entry}, relative to the repository root; empty for a remote source (an object:
     * github, git, npm), for a source that is not a {@code ./} path or a bare name with a plugin root, and for one
     * that is absolute or leaves the repository ({@code ..}), which {@code claude-marketplace-source} reports.
     *
     * @param marketplacePath the marketplace file, {@code <root>/.claude-plugin/marketplace.json}
     */
    public static Optional<String> localDirectory(String marketplacePath, JsonTree marketplace, JsonTree entry) {
        String source = entry.is(JsonTree.Kind.OBJECT) ? entry.string("source") : null;
        if (source == null || source.contains("..")) {
            return Optional.empty();
        }
        String relative;
        if (source.equals(".") || source.startsWith("./")) {
            relative = source;
        } else {
            JsonTree metadata = marketplace.get("metadata");
            String pluginRoot = metadata == null || !metadata.is(JsonTree.Kind.OBJECT) ? null
                    : metadata.string("pluginRoot");
            if (pluginRoot == null || source.contains("/")) {
                return Optional.empty();
            }
            relative = pluginRoot + "/" + source;
        }
        return PluginManifests.normalize(rootOf(marketplacePath), relative);
    }

    /** The marketplace's root directory (holding .claude-plugin/). */
    public static String rootOf(String marketplacePath) {
        String suffix = PluginManifests.MARKETPLACE;
        return marketplacePath.length() == suffix.length() ? ""
                : marketplacePath.substring(0, marketplacePath.length() - suffix.length() - 1);
    }
}
