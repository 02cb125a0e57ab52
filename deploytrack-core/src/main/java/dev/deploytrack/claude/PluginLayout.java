package dev.deploytrack.claude;

import dev.deploytrack.discovery.ClaudePlugin;

/** A Claude Code plugin as a whole: its directory layout, for the rules about where its components are. */
public record PluginLayout(ClaudePlugin plugin, ClaudeProject project) {
}
