package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.workspace.GlobList;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.Node;

/** A pattern of applyTo that is not a glob (a '[' or '{' that does not close) matches no file. */
public final class CopilotApplyToGlobInvalid extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-applyto-glob-invalid", Severity.WARNING,
            "applyTo globs are valid patterns",
            "A pattern of applyTo (split at the commas outside braces and brackets) with a '[' or '{' that does "
                    + "not close matches no file.");

    public CopilotApplyToGlobInvalid() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        Node applyTo = file.field("applyTo").orElse(null);
        if (applyTo == null || !YamlNodes.isString(applyTo)) {
            return;
        }
        for (GlobList.Pattern pattern : GlobList.split(YamlNodes.scalarText(applyTo))) {
            String problem = GlobList.problem(pattern.text());
            if (problem != null) {
                file.report(context, RULE, applyTo, "the applyTo pattern '" + pattern.text() + "' is not a glob: "
                        + problem, "close the bracket or brace, or escape it with a backslash");
            }
        }
    }
}
