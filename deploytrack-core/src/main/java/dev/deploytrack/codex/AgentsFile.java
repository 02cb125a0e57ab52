package dev.deploytrack.codex;

/**
 * An AGENTS.md or AGENTS.override.md as Codex assembles them: "In each directory along the path, it checks for
 * AGENTS.override.md, then AGENTS.md ... Codex includes at most one file per directory ... Codex skips empty files and
 * stops adding files once the combined size reaches the limit defined by project_doc_max_bytes (32 KiB by default)."
 *
 * @param path        the file
 * @param shadowedBy  the AGENTS.override.md beside it that Codex reads instead, or null
 * @param chainBytes  the size of the files Codex reads from the repository root down to this one, this one included
 * @param parentBytes the same without this one
 * @param limit       project_doc_max_bytes: the repository's .codex/config.toml setting, else 32,768
 */
public record AgentsFile(String path, String shadowedBy, long chainBytes, long parentBytes, long limit) {
}
