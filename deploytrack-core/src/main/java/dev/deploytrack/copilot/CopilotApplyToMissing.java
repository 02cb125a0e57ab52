package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * GitHub: "create a frontmatter block containing the applyTo keyword"; VS Code still lets a user attach such a file by
 * hand, hence a warning.
 */
public final class CopilotApplyToMissing extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-applyto-missing", Severity.WARNING,
            "path instructions say where they apply",
            "A .github/instructions/*.instructions.md file without applyTo is not applied automatically: GitHub says "
                    + "to \"create a frontmatter block containing the applyTo keyword\", and VS Code: \"If not "
                    + "specified, the instructions are not applied automatically, but you can still add them "
                    + "manually\". Only files under .github/instructions are checked.");

    public CopilotApplyToMissing() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        if (file.type() != FileType.COPILOT_PATH_INSTRUCTIONS || !file.isActive()
                || file.field("applyTo").isPresent()) {
            return;
        }
        context.report(RULE, file.path(), 1, 1, "the instructions have no applyTo, so Copilot applies them only "
                + "when they are attached by hand", "add frontmatter: ---, applyTo: \"**/*.ts\" (the files they "
                + "are for), ---");
    }
}
