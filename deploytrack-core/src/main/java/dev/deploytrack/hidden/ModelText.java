package dev.deploytrack.hidden;

import dev.deploytrack.discovery.FileType;
import dev.deploytrack.source.SourceText;

/**
 * A file whose text an agent loads into the model's context (instructions, skills, subagents, commands, rules):
 * what a model sees and a reviewer may not.
 *
 * @param frontmatterEnd the last line of the frontmatter (0 without frontmatter)
 */
public record ModelText(String path, FileType type, SourceText source, int frontmatterEnd) {

    /** Whether Claude Code strips block-level HTML comments before loading the file (memory, CLAUDE.md). */
    public boolean commentsStripped() {
        return type == FileType.CLAUDE_MD || type == FileType.CLAUDE_RULE;
    }
}
