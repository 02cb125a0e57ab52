package dev.deploytrack.claude.memory;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMemory;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Imported files can recursively import other files, with a maximum depth of four hops" (memory): a fifth hop is
 * not loaded. (Older agnix text said five; the vendor says four.)
 */
public final class ImportDepth extends BaseRule<ClaudeMemory> {

    public static final Rule RULE = Rule.of("claude-import-depth", Severity.ERROR,
            "CLAUDE.md imports are at most four hops deep",
            "Claude Code follows imports four hops deep from a CLAUDE.md; a file imported at the fifth hop is not "
                    + "loaded.");

    static final int MAX_HOPS = 4;

    public ImportDepth() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMemory memory, CheckContext context) {
        for (ImportGraph.Step step : ImportGraph.walk(memory, context)) {
            if (step.depth() == MAX_HOPS + 1 && !step.chain().contains(step.target())) {
                context.report(RULE, memory.path(), 1, 1, step.target() + " is imported " + step.depth() + " hops "
                        + "from this file (" + String.join(" -> ", step.chain()) + " -> " + step.target()
                        + "); Claude Code loads imports " + MAX_HOPS + " hops deep, so it is not loaded",
                        "import it from a file closer to " + memory.path());
            }
        }
    }
}
