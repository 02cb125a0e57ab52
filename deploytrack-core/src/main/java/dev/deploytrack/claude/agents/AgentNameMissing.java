package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "No name: Claude Code treats the file as documentation kept beside your agents"; "A plugin subagent whose
 * frontmatter has no name ... still loads, under its filename" (sub-agents).
 */
public final class AgentNameMissing extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-name-missing", Severity.WARNING,
            "a subagent has a name",
            "A project subagent whose frontmatter has no 'name' is read as documentation and not loaded "
                    + "(warning); a plugin subagent without one loads under its file name (note).");

    public AgentNameMissing() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        String name = agent.text("name");
        if ((name != null && !name.isBlank()) || agent.frontmatter().fields().isEmpty()
                || (agent.field("name").isPresent() && name == null)) {
            return; // a name that is not a string: claude-agent-name-invalid
        }
        if (agent.inPlugin()) {
            context.report(RULE, Severity.NOTE, agent.path(), 1, 1, "the plugin subagent has no 'name'; Claude "
                    + "Code loads it under its file name '" + agent.baseName() + "'", "add 'name: "
                    + agent.baseName() + "' to say so");
        } else {
            context.report(RULE, agent.path(), 1, 1, "the subagent has no 'name', so Claude Code treats the file "
                    + "as documentation and does not load it", "add 'name: " + agent.baseName() + "'");
        }
    }
}
