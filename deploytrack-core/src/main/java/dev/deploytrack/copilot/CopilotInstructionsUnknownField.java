package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/** The fields of GitHub's and VS Code's instructions file format. */
public final class CopilotInstructionsUnknownField extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-instructions-unknown-field", Severity.WARNING,
            "instructions fields are documented",
            "Path instructions take applyTo and excludeAgent (GitHub) and name and description (VS Code); another "
                    + "field is ignored.");

    static final Set<String> FIELDS = Set.of("applyTo", "excludeAgent", "name", "description");

    public CopilotInstructionsUnknownField() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        for (var entry : file.unknownFields(FIELDS).entrySet()) {
            file.report(context, RULE, entry.getValue(), "Copilot ignores the field '"
                    + entry.getKey() + "' in instructions", "instructions take applyTo, excludeAgent, name and "
                    + "description");
        }
    }
}
