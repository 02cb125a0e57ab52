package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * tools "Supports both a comma separated string and yaml string array". Unknown tool names are not reported: "All
 * unrecognized tool names are ignored, which allows product-specific tools".
 */
public final class CopilotAgentToolsType extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-agent-tools-type", Severity.WARNING,
            "a custom agent's tools are a string or a list of strings",
            "'tools' is a comma-separated string or a YAML list of strings. Tool names are not checked: Copilot "
                    + "ignores names it does not know, so that one file serves several products.");

    public CopilotAgentToolsType() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        Node tools = file.field("tools").orElse(null);
        if (tools == null || YamlNodes.isNull(tools) || YamlNodes.isString(tools)) {
            return;
        }
        if (tools instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (!YamlNodes.isString(item)) {
                    file.report(context, RULE, item, "a tool of 'tools' is " + YamlNodes.describeKind(item)
                            + "; tools are names", "quote it, or remove it");
                }
            }
            return;
        }
        file.report(context, RULE, tools, "'tools' is " + YamlNodes.describeKind(tools) + "; Copilot takes a "
                + "comma-separated string or a list of names", "e.g. tools: ['search', 'edit']");
    }
}
