package dev.deploytrack.claude.memory;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMemory;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.HashSet;
import java.util.Set;

/** An import chain that returns to a file already on it (not documented; agnix CC-MEM-002), hence a warning. */
public final class ImportCycle extends BaseRule<ClaudeMemory> {

    public static final Rule RULE = Rule.of("claude-import-cycle", Severity.WARNING,
            "CLAUDE.md imports do not loop",
            "An import that leads back to a file already on the chain loads nothing new; it is usually a "
                    + "mistake in one of the files.");

    public ImportCycle() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMemory memory, CheckContext context) {
        Set<String> reported = new HashSet<>();
        for (ImportGraph.Step step : ImportGraph.walk(memory, context)) {
            if (step.chain().contains(step.target()) && reported.add(step.file() + " -> " + step.target())) {
                context.report(RULE, memory.path(), 1, 1, "the imports loop: " + String.join(" -> ", step.chain())
                        + " -> " + step.target(), "remove the import of " + step.target() + " from " + step.file());
            }
        }
    }
}
