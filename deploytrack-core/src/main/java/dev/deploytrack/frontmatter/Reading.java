package dev.deploytrack.frontmatter;

import dev.deploytrack.discovery.Tool;
import java.util.Set;

/** How a tool reads a file's YAML frontmatter. */
public enum Reading {
    /** Strict YAML 1.2, a key once per mapping: the Agent Skills reference validator, Codex. */
    STRICT,
    /**
     * Claude Code: strict YAML first, then its repair pass (values quoted) for what strict YAML rejects; a key
     * written twice keeps its last value.
     */
    CLAUDE_CODE;

    /**
     * How the tools that load a skill read its frontmatter: Claude Code's reading when it is among them and Codex
     * (strict) is not; strict YAML otherwise, also for a skill no known tool's folder holds (the specification's
     * reading).
     */
    public static Reading forSkill(Set<Tool> readers) {
        return readers.contains(Tool.CLAUDE_CODE) && !readers.contains(Tool.CODEX) ? CLAUDE_CODE : STRICT;
    }
}
