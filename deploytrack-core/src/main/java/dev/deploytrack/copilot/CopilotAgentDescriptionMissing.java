package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * GitHub's custom agents reference: "description | Required string". A legacy chat mode is VS Code's, where the
 * description is shown but not required: a warning there.
 */
public final class CopilotAgentDescriptionMissing extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-agent-description-missing", Severity.ERROR,
            "a custom agent has a description",
            "A Copilot custom agent needs a non-empty 'description' (\"Required\" in GitHub's custom agents "
                    + "reference): it says what the agent does and when to pick it. A warning for a legacy "
                    + ".chatmode.md.");

    public CopilotAgentDescriptionMissing() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        String description = file.string("description");
        if (description != null && !description.isBlank()) {
            return;
        }
        Severity severity = file.type() == FileType.COPILOT_CHATMODE ? Severity.WARNING : Severity.ERROR;
        String message = file.field("description").isPresent() ? "the custom agent's description is empty or not "
                + "a string" : "the custom agent has no description, which Copilot requires";
        var tuple = file.frontmatter().fields().get("description");
        if (tuple == null) {
            context.report(RULE, severity, file.path(), 1, 1, message, "add 'description: <what the agent does "
                    + "and when to use it>'");
        } else {
            file.report(context, RULE, severity, tuple.getValueNode(), message, "write what the agent does and "
                    + "when to use it");
        }
    }
}
