package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** Custom agents reference: "The prompt can be a maximum of 30,000 characters." */
public final class CopilotAgentPromptTooLong extends BaseRule<CopilotMarkdown> {

    static final int LIMIT = 30_000;

    public static final Rule RULE = Rule.of("copilot-agent-prompt-too-long", Severity.ERROR,
            "a custom agent's prompt is at most 30,000 characters",
            "The Markdown body of a custom agent is its prompt, which \"can be a maximum of 30,000 characters\".");

    public CopilotAgentPromptTooLong() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        String body = file.frontmatter().body();
        int length = body.codePointCount(0, body.length());
        if (length > LIMIT) {
            context.report(RULE, file.path(), file.frontmatter().bodyStartLine(), 1, "the agent's prompt has "
                    + length + " characters, over Copilot's limit of 30,000", "move reference material into "
                    + "files the agent reads, or split the agent");
        }
    }
}
