package dev.deploytrack.lint;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;

/**
 * Instruction files (AGENTS.md, CLAUDE.md, GEMINI.md, Copilot instructions) are loaded into every conversation: they
 * must be readable text, and an empty one is a leftover worth a warning.
 */
public final class InstructionFileCheck implements Check {

    @Override
    public void run(CheckContext context) {
        context.forEachText(context.agentFiles().instructionFiles(), (path, text) -> {
            if (text.text().isBlank()) {
                context.report(LintRules.INSTRUCTIONS_EMPTY, path, 1, 1, "the instruction file is empty",
                        "write the instructions, or delete the file");
            }
        });
    }
}
