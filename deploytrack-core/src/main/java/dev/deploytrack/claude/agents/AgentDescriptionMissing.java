package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;

/**
 * "A name but no description: Claude Code skips the file and writes the reason to the debug log" (sub-agents,
 * "Subagent files Claude Code skips"). claude plugin validate 2.1.332 warns on plugin agents, hence a warning there.
 */
public final class AgentDescriptionMissing extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-description-missing", Severity.ERROR,
            "a subagent with a name has a description",
            "Claude Code skips a project or user subagent that has a 'name' but no 'description' (the "
                    + "description tells Claude when to delegate). Error for .claude/agents, warning for plugin "
                    + "agents, which claude plugin validate reports as a warning.");

    public AgentDescriptionMissing() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        if (agent.field("name").isEmpty()) {
            return;
        }
        var description = agent.field("description");
        if (description.isPresent() && YamlNodes.isString(description.get())
                && !YamlNodes.scalarText(description.get()).isBlank()) {
            return;
        }
        Severity severity = agent.inPlugin() ? Severity.WARNING : Severity.ERROR;
        String message = (description.isEmpty() ? "the subagent has a name but no description"
                : "the subagent's description is " + (YamlNodes.isString(description.get()) ? "blank"
                : YamlNodes.describeKind(description.get()))) + (agent.inPlugin()
                ? "; Claude tells when to delegate to it from the description"
                : ", so Claude Code skips the file");
        if (description.isPresent()) {
            agent.report(context, RULE, severity, description.get(), message,
                    "say what the subagent does and when to delegate to it");
        } else {
            agent.report(context, RULE, severity, agent.frontmatter().fields().get("name").getKeyNode(), message,
                    "add 'description:' saying what the subagent does and when to delegate to it");
        }
    }
}
