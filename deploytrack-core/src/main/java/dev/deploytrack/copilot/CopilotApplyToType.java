package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** applyTo is "a glob string, comma-separated" in both vendors' documentation. */
public final class CopilotApplyToType extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-applyto-type", Severity.WARNING,
            "applyTo is a string of globs",
            "applyTo is one string of comma-separated globs in both GitHub's and VS Code's documentation (\"You can "
                    + "specify multiple patterns by separating them with commas\"); a YAML list is not documented.");

    public CopilotApplyToType() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        Node applyTo = file.field("applyTo").orElse(null);
        if (applyTo == null || YamlNodes.isString(applyTo)) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        if (applyTo instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                joined.append(joined.length() == 0 ? "" : ",").append(YamlNodes.scalarText(item));
            }
        }
        file.report(context, RULE, applyTo, "applyTo is " + YamlNodes.describeKind(applyTo) + "; Copilot "
                + "documents one string of comma-separated globs", joined.length() == 0 ? "e.g. applyTo: "
                + "\"**/*.ts,**/*.tsx\"" : "write applyTo: \"" + joined + "\"");
    }
}
