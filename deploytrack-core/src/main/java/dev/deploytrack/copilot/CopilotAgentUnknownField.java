package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/** The fields of GitHub's custom agents reference and VS Code's custom agents page. */
public final class CopilotAgentUnknownField extends BaseRule<CopilotMarkdown> {

    static final Set<String> FIELDS = Set.of("name", "description", "target", "tools", "model",
            "disable-model-invocation", "user-invocable", "user-invokable", "infer", "mcp-servers", "metadata",
            "argument-hint", "handoffs", "agents");

    public static final Rule RULE = Rule.of("copilot-agent-unknown-field", Severity.WARNING,
            "custom agent fields are documented",
            "A custom agent takes name, description, target, tools, model, disable-model-invocation, "
                    + "user-invocable (user-invokable), infer, mcp-servers, metadata (GitHub) and argument-hint, "
                    + "handoffs, agents (VS Code); other fields are ignored.");

    public CopilotAgentUnknownField() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        for (var entry : file.unknownFields(FIELDS).entrySet()) {
            file.report(context, RULE, entry.getValue(), "Copilot ignores the field '"
                    + entry.getKey() + "' of a custom agent", entry.getKey().equals("mode")
                    ? "'mode' belonged to chat modes; remove it" : "see the custom agents reference for the "
                    + "fields it takes");
        }
    }
}
