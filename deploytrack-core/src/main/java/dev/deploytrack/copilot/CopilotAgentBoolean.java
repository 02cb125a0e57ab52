package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/** disable-model-invocation, user-invocable (VS Code: user-invokable) and infer are booleans (reference table). */
public final class CopilotAgentBoolean extends BaseRule<CopilotMarkdown> {

    public static final Rule RULE = Rule.of("copilot-agent-boolean", Severity.ERROR,
            "a custom agent's switches are booleans",
            "disable-model-invocation, user-invocable (user-invokable in VS Code) and infer are booleans: write "
                    + "true or false unquoted. \"true\" in quotes is a string.");

    public CopilotAgentBoolean() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        for (String key : new String[] {"disable-model-invocation", "user-invocable", "user-invokable", "infer"}) {
            Node value = file.field(key).orElse(null);
            if (value != null && !Tag.BOOL.equals(value.getTag()) && !YamlNodes.isNull(value)) {
                String text = YamlNodes.scalarText(value);
                file.report(context, RULE, value, "'" + key + "' is " + YamlNodes.describeKind(value)
                        + (text == null ? "" : " ('" + text + "')") + "; Copilot reads a boolean", "write " + key
                        + ": " + ("true".equalsIgnoreCase(text) || "yes".equalsIgnoreCase(text) ? "true" : "false"));
            }
        }
    }
}
