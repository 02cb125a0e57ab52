package dev.deploytrack.claude.memory;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMemory;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "Size: target under 200 lines per CLAUDE.md file" (memory, a recommendation). */
public final class MemoryLength extends BaseRule<ClaudeMemory> {

    public static final Rule RULE = Rule.of("claude-md-length", Severity.WARNING,
            "CLAUDE.md is under 200 lines",
            "Claude Code's documentation recommends keeping each CLAUDE.md under 200 lines: it is loaded into "
                    + "every conversation.");

    static final int MAX_LINES = 200;

    public MemoryLength() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMemory memory, CheckContext context) {
        int lines = memory.source().lines().lineCount();
        if (memory.source().text().endsWith("\n")) {
            lines--;
        }
        if (lines > MAX_LINES) {
            context.report(RULE, memory.path(), MAX_LINES + 1, 1, "the file is " + lines + " lines long; Claude "
                    + "Code recommends under " + MAX_LINES, "move detail into .claude/rules/ or imported files "
                    + "loaded when needed");
        }
    }
}
