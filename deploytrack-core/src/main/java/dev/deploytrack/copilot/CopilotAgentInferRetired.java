package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import org.snakeyaml.engine.v2.nodes.Node;

/** "infer | boolean | Retired. Use disable-model-invocation and user-invocable instead." (custom agents reference) */
public final class CopilotAgentInferRetired extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-agent-infer-retired", Severity.WARNING,
            "custom agents do not use the retired infer",
            "'infer' is retired (GitHub) and deprecated (VS Code): use disable-model-invocation and "
                    + "user-invocable. \"Setting disable-model-invocation: true is equivalent to infer: false.\"");

    public CopilotAgentInferRetired() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        Node infer = file.field("infer").orElse(null);
        if (infer != null) {
            file.report(context, RULE, file.frontmatter().fields().get("infer").getKeyNode(), "'infer' is retired",
                    "infer: false is disable-model-invocation: true; infer: true is the default, so remove it");
        }
    }
}
