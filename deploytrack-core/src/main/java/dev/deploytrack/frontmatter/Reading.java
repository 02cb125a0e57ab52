package dev.deploytrack.frontmatter;

/** How a tool reads a file's YAML frontmatter. */
public enum Reading {
    /** Strict YAML 1.2, a key once per mapping: the Agent Skills reference validator, Codex. */
    STRICT,
    /**
     * Claude Code: strict YAML first, then its repair pass (values quoted) for what strict YAML rejects; a key
     * written twice keeps its last value.
     */
    CLAUDE_CODE
}
