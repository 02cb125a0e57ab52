package dev.deploytrack.claude.memory;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMemory;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * An {@code @path} import in CLAUDE.md whose file is not in the repository. What Claude Code does with a missing
 * import is not documented (the file is silently not loaded), hence a warning.
 */
public final class ImportMissing extends BaseRule<ClaudeMemory> {

    public static final Rule RULE = Rule.of("claude-import-missing", Severity.WARNING,
            "CLAUDE.md imports files that exist",
            "An @path import of a CLAUDE.md names a file that is not in the repository, so nothing is loaded. "
                    + "Imports of ~/ and absolute paths are not checked. Text such as @scope/package outside "
                    + "backticks is an import too: wrap it in backticks to keep it literal.");

    public ImportMissing() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMemory memory, CheckContext context) {
        for (Imports.Import found : Imports.of(memory.source().text())) {
            String resolved = Imports.resolve(memory.path(), found.path());
            if (resolved != null && !memory.project().exists(resolved) && !memory.project().isDirectory(resolved)) {
                context.report(RULE, memory.path(), found.line(), found.column(), "@" + found.path() + " imports "
                        + resolved + ", which is not in the repository", "fix the path; if the text is not meant "
                        + "as an import, wrap it in backticks: `@" + found.path() + "`");
            }
        }
    }
}
