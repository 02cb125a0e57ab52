package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "The argument-hint and handoffs properties ... are currently not supported for Copilot cloud agent on GitHub.com.
 * They are ignored to ensure compatibility." Reported only for an agent that targets github-copilot alone.
 */
public final class CopilotAgentGithubIgnored extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-agent-github-ignored", Severity.WARNING,
            "a GitHub-only agent uses fields GitHub reads",
            "An agent with 'target: github-copilot' runs only on GitHub.com, where argument-hint and handoffs are "
                    + "\"currently not supported ... They are ignored\".");

    public CopilotAgentGithubIgnored() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        if (!"github-copilot".equals(file.string("target"))) {
            return;
        }
        for (String key : new String[] {"argument-hint", "handoffs"}) {
            var tuple = file.frontmatter().fields().get(key);
            if (tuple != null) {
                file.report(context, RULE, tuple.getKeyNode(), "'" + key + "' is ignored by Copilot on GitHub.com, "
                        + "the only target of this agent", "remove it, or remove 'target' so that VS Code runs the "
                        + "agent too");
            }
        }
    }
}
