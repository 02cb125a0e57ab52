package dev.deploytrack.copilot;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * VS Code prompt files: "agent | The agent used for running the prompt: ask, edit, agent, or the name of a custom
 * agent" (agnix COP-015 lists none/ask/always, which the vendor does not). The legacy {@code mode} key takes the same
 * values. A custom agent may be the user's own, hence a warning.
 */
public final class CopilotPromptAgent extends BaseRule<CopilotMarkdown> {

    static final Set<String> BUILT_IN = Set.of("ask", "edit", "agent");

    public static final Rule RULE = Rule.of("copilot-prompt-agent", Severity.WARNING,
            "a prompt's agent is ask, edit, agent or a custom agent",
            "A prompt file's 'agent' (the legacy 'mode') is ask, edit, agent or the name of a custom agent. A name "
                    + "that is none of these nor a custom agent of the repository is probably misspelled; it may be "
                    + "a user's own agent, hence a warning.");

    public CopilotPromptAgent() {
        super(RULE);
    }

    @Override
    public void check(CopilotMarkdown file, CheckContext context) {
        for (String key : new String[] {"agent", "mode"}) {
            Node agent = file.field(key).orElse(null);
            if (agent == null || YamlNodes.isNull(agent)) {
                continue;
            }
            String value = YamlNodes.scalarText(agent);
            if (value == null || !BUILT_IN.contains(value) && !file.project().hasAgent(value)) {
                file.report(context, RULE, agent, "'" + key + "' is " + (value == null
                        ? YamlNodes.describeKind(agent) : "'" + value + "'") + ", which is neither ask, edit, "
                        + "agent nor a custom agent of this repository", "use ask, edit or agent, or the file name "
                        + "of a custom agent (without .agent.md)");
            }
        }
    }
}
