package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/**
 * "The configuration file's name (minus .md or .agent.md) is used for deduplication"; the CLI: "Custom agents are
 * deduplicated using their ID". Two files of one directory with one id: only one of them is loaded.
 */
public final class CopilotAgentIdDuplicate extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-agent-id-duplicate", Severity.WARNING,
            "custom agent ids are unique",
            "Copilot identifies a custom agent by its file name without .md or .agent.md and keeps one agent per "
                    + "id, so x.md and x.agent.md (or x.chatmode.md) in one directory shadow each other.");

    public CopilotAgentIdDuplicate() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        List<String> same = file.project().agentsLike(file.path());
        if (same.size() > 1 && !same.get(0).equals(file.path())) {
            context.report(RULE, file.path(), 1, 1, "the agent id '" + file.agentId() + "' is also the id of "
                    + same.get(0) + "; Copilot loads only one of them", "rename one of the files, or delete the "
                    + "older one");
        }
    }
}
