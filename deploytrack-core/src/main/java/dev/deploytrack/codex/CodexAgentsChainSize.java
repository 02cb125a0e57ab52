package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Codex "stops adding files once the combined size reaches the limit defined by project_doc_max_bytes (32 KiB by
 * default)": the instruction files from the repository root down to a directory must fit, or the deeper ones (the
 * most specific) are cut. Reported on the first file of a chain that crosses the limit.
 */
public final class CodexAgentsChainSize extends BaseRule<AgentsFile> {

    public static final Rule RULE = Rule.of("codex-agents-chain-size", Severity.WARNING,
            "Codex instruction files fit project_doc_max_bytes",
            "Codex concatenates the AGENTS.md (or AGENTS.override.md) of each directory from the repository root "
                    + "down to the working directory and stops at project_doc_max_bytes (32,768 bytes unless "
                    + ".codex/config.toml says otherwise), so instructions past the limit, the most specific ones, "
                    + "are dropped.");

    public CodexAgentsChainSize() {
        super(RULE);
    }

    @Override
    public void check(AgentsFile file, CheckContext context) {
        if (file.shadowedBy() == null && file.chainBytes() > file.limit() && file.parentBytes() <= file.limit()) {
            context.report(RULE, file.path(), 1, 1, "with the instruction files above it, this file brings what "
                    + "Codex reads to " + file.chainBytes() + " bytes, over project_doc_max_bytes (" + file.limit()
                    + "); Codex drops what is past the limit", "shorten the instructions, move detail into files "
                    + "the agent reads when needed, or raise project_doc_max_bytes in .codex/config.toml");
        }
    }
}
