package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** A prompt file with no body sends no prompt (agnix COP-013; no vendor statement: a warning). */
public final class CopilotPromptEmpty extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-prompt-empty", Severity.WARNING,
            "prompt files have a prompt",
            "A .prompt.md file whose body is empty sends nothing when it is run.");

    public CopilotPromptEmpty() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        if (file.frontmatter().body().isBlank()) {
            context.report(RULE, file.path(), Math.max(1, file.frontmatter().bodyStartLine() - 1), 1, "the prompt "
                    + "file has no prompt after its header", "write the prompt, or delete the file");
        }
    }
}
