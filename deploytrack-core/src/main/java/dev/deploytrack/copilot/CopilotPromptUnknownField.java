package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/** VS Code prompt files, "Header": description, name, argument-hint, agent, model, tools (and the legacy mode). */
public final class CopilotPromptUnknownField extends BaseRule<CopilotMarkdown> {

    static final Set<String> FIELDS = Set.of("description", "name", "argument-hint", "agent", "model", "tools",
            "mode");

    public static final Rule RULE = Rule.of("copilot-prompt-unknown-field", Severity.WARNING,
            "prompt file fields are documented",
            "A prompt file's header takes description, name, argument-hint, agent, model and tools (and the legacy "
                    + "mode, which agent replaces); VS Code ignores other fields.");

    public CopilotPromptUnknownField() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        for (var entry : file.unknownFields(FIELDS).entrySet()) {
            file.report(context, RULE, entry.getValue(), "VS Code ignores the field '"
                    + entry.getKey() + "' in a prompt file", "a prompt file takes description, name, "
                    + "argument-hint, agent, model and tools");
        }
    }
}
