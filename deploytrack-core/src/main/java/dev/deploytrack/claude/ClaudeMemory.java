package dev.deploytrack.claude;

import dev.deploytrack.source.SourceText;

/** A CLAUDE.md (or CLAUDE.local.md) memory file. */
public record ClaudeMemory(String path, SourceText source, ClaudeProject project) {
}
