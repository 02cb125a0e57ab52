package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "Codex includes at most one file per directory", AGENTS.override.md first: the AGENTS.md beside it is never read. */
public final class CodexAgentsOverrideShadows extends BaseRule<AgentsFile> {

    public static final Rule RULE = Rule.of("codex-agents-override-shadows", Severity.WARNING,
            "an AGENTS.md is not shadowed by an override",
            "Codex reads one instruction file per directory, AGENTS.override.md before AGENTS.md, so an AGENTS.md "
                    + "beside an AGENTS.override.md is never read by Codex (other tools still read it).");

    public CodexAgentsOverrideShadows() {
        super(RULE);
    }

    @Override
    public void check(AgentsFile file, CheckContext context) {
        if (file.shadowedBy() != null) {
            context.report(RULE, file.path(), 1, 1, "Codex reads " + file.shadowedBy() + " instead of this file "
                    + "(one instruction file per directory, the override first)", "merge what Codex needs into "
                    + "the override, or delete the override if it is a leftover");
        }
    }
}
