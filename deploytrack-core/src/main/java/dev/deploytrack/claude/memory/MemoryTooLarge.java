package dev.deploytrack.claude.memory;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMemory;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.nio.charset.StandardCharsets;

/** "Claude Code skips a file over 4 MiB" (memory). */
public final class MemoryTooLarge extends BaseRule<ClaudeMemory> {

    public static final Rule RULE = Rule.of("claude-md-too-large", Severity.ERROR,
            "CLAUDE.md is under 4 MiB",
            "Claude Code skips a CLAUDE.md larger than 4 MiB.");

    static final long MAX_BYTES = 4L << 20;

    public MemoryTooLarge() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMemory memory, CheckContext context) {
        long bytes = memory.source().text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            context.report(RULE, memory.path(), 1, 1, "the file is " + bytes + " bytes, over the 4 MiB Claude Code "
                    + "reads, so it is skipped", "split it, and import the parts that are needed");
        }
    }
}
