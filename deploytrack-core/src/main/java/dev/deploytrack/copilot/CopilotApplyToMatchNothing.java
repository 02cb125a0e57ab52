package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.workspace.GlobList;
import dev.deploytrack.yaml.YamlNodes;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Instructions in .github/instructions whose applyTo matches no file of the repository are never applied (issue 15).
 * Collections elsewhere (github/awesome-copilot keeps them at the root) are meant for other repositories, whose files
 * deploytrack cannot see, and are not checked.
 */
public final class CopilotApplyToMatchNothing extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-applyto-match-nothing", Severity.WARNING,
            "applyTo matches files",
            "None of the applyTo globs of instructions under .github/instructions matches a file of the "
                    + "repository, so Copilot never applies them. Patterns are relative to the directory holding "
                    + ".github; a pattern without a slash is also tried against file names in every directory. "
                    + "Instruction collections kept elsewhere are meant for other repositories and are not checked.");

    public CopilotApplyToMatchNothing() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        Node applyTo = file.field("applyTo").orElse(null);
        if (!file.isActive() || applyTo == null || !YamlNodes.isString(applyTo)) {
            return;
        }
        List<String> patterns = new ArrayList<>();
        for (GlobList.Pattern pattern : GlobList.split(YamlNodes.scalarText(applyTo))) {
            if (GlobList.problem(pattern.text()) != null) {
                return; // copilot-applyto-glob-invalid
            }
            patterns.add(pattern.text());
        }
        if (!patterns.isEmpty() && !GlobList.matchesAny(patterns, context.workspace().files(), file.projectDir())) {
            file.report(context, RULE, applyTo, "no file of the repository matches applyTo '"
                    + YamlNodes.scalarText(applyTo) + "', so Copilot never applies these instructions", "correct "
                    + "the patterns (relative to " + (file.projectDir().isEmpty() ? "the repository root"
                    : file.projectDir() + "/") + "), or delete the file if its files are gone");
        }
    }
}
