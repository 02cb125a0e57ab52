package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** GitHub: "Use either \"code-review\" or \"coding-agent\"." */
public final class CopilotExcludeAgent extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-exclude-agent", Severity.ERROR,
            "excludeAgent names a Copilot agent",
            "excludeAgent takes \"code-review\" or \"coding-agent\" (\"Use either \\\"code-review\\\" or "
                    + "\\\"coding-agent\\\"\"); another value excludes nothing. A list is not documented: a warning.");

    public CopilotExcludeAgent() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        Node exclude = file.field("excludeAgent").orElse(null);
        if (exclude == null) {
            return;
        }
        if (exclude instanceof SequenceNode) {
            file.report(context, RULE, Severity.WARNING, exclude, "excludeAgent is a list; GitHub documents one "
                    + "value, \"code-review\" or \"coding-agent\"", "write one value; to exclude both agents, the "
                    + "instructions apply to neither, so remove the file");
            return;
        }
        String value = YamlNodes.scalarText(exclude);
        if (!"code-review".equals(value) && !"coding-agent".equals(value)) {
            file.report(context, RULE, exclude, "excludeAgent is '" + value + "', which names no Copilot agent",
                    "use \"code-review\" or \"coding-agent\"");
        }
    }
}
