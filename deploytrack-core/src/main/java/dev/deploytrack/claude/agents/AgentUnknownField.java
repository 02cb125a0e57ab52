package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.Suggestions;
import java.util.List;

/** A subagent field outside the documented set (sub-agents "Supported frontmatter fields"); ignored. */
public final class AgentUnknownField extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-unknown-field", Severity.WARNING,
            "subagent fields are the documented ones",
            "Claude Code reads name, description, tools, disallowedTools, model, permissionMode, maxTurns, "
                    + "skills, mcpServers, hooks, memory, background, effort, isolation, color and initialPrompt; "
                    + "other fields are ignored.");

    private static final List<String> KNOWN = List.copyOf(ClaudeCode.AGENT_FIELDS);

    public AgentUnknownField() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        for (var entry : agent.frontmatter().fields().entrySet()) {
            String field = entry.getKey();
            if (ClaudeCode.AGENT_FIELDS.contains(field)) {
                continue;
            }
            String near = Suggestions.closest(field, KNOWN, 3);
            agent.report(context, RULE, entry.getValue().getKeyNode(), "'" + field + "' is not a subagent field; "
                    + "Claude Code ignores it", near != null ? "did you mean '" + near + "'?"
                    : "remove it, or keep notes in the body");
        }
    }
}
