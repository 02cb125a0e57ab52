package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * VS Code: "If you've previously created custom chat modes with a .chatmode.md extension ... VS Code still recognizes
 * those files as custom agents. You can use a Quick Fix action to rename and move them to the new .github/agents
 * folder with a .agent.md extension."
 */
public final class CopilotChatmodeLegacy extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-chatmode-legacy", Severity.WARNING,
            "custom agents are .agent.md files",
            "Chat modes (.chatmode.md) are custom agents' legacy form: VS Code still reads them, GitHub's cloud "
                    + "agent and the CLI read .github/agents/*.agent.md.");

    public CopilotChatmodeLegacy() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        if (file.type() == FileType.COPILOT_CHATMODE) {
            context.report(RULE, file.path(), 1, 1, "a .chatmode.md is the legacy form of a custom agent", "move it "
                    + "to .github/agents/" + file.agentId() + ".agent.md");
        }
    }
}
