package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.Node;

/** "target ... (vscode or github-copilot). If unset, defaults to both environments." (custom agents reference) */
public final class CopilotAgentTarget extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-agent-target", Severity.ERROR,
            "a custom agent's target is vscode or github-copilot",
            "'target' is vscode or github-copilot (unset: both); another value names no environment the agent "
                    + "can run in.");

    public CopilotAgentTarget() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        Node target = file.field("target").orElse(null);
        if (target == null || YamlNodes.isNull(target)) {
            return;
        }
        String value = YamlNodes.scalarText(target);
        if (!"vscode".equals(value) && !"github-copilot".equals(value)) {
            file.report(context, RULE, target, "target is " + (value == null ? YamlNodes.describeKind(target)
                    : "'" + value + "'") + "; Copilot knows vscode and github-copilot", "use vscode or "
                    + "github-copilot, or remove target to run in both");
        }
    }
}
