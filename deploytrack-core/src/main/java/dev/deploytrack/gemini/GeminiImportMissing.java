package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.memory.Imports;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * memport: "If a referenced file doesn't exist, the import will fail gracefully with an error comment in the output".
 */
public final class GeminiImportMissing extends BaseRule<GeminiMemory> {

    public static final Rule RULE = Rule.of("gemini-import-missing", Severity.WARNING,
            "GEMINI.md imports exist",
            "An @path import in a GEMINI.md (outside code) names a file that is not in the repository: Gemini CLI "
                    + "puts an error comment in its place and the instructions are lost. Imports outside the "
                    + "repository (absolute, ~) are not checked.");

    public GeminiImportMissing() {
        super(RULE);
    }

    @Override
    public void check(GeminiMemory memory, CheckContext context) {
        for (Imports.Import imported : memory.imports()) {
            String target = GeminiMemory.resolve(memory.path(), imported.path());
            if (target != null && !memory.files().contains(target)) {
                context.report(RULE, memory.path(), imported.line(), imported.column(), "the import @"
                        + imported.path() + " names a file that is not in the repository", "correct the path "
                        + "(relative to this file), or write it in backticks if it is not an import");
            }
        }
    }
}
