package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "agent ... Which subagent type to use when context: fork is set" (skills): without the fork it does nothing. The
 * reverse does not hold (issue 15 asked for it): a forked skill without 'agent' runs in general-purpose.
 */
public final class SkillAgentWithoutFork extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-agent-without-fork", Severity.WARNING,
            "a skill's agent comes with context: fork",
            "'agent' chooses the subagent of a forked skill; without 'context: fork' it is ignored. (A fork "
                    + "without 'agent' is fine: it runs in the general-purpose subagent.)");

    public SkillAgentWithoutFork() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        var agent = skill.field("agent");
        if (agent.isPresent() && skill.field("context").isEmpty()) {
            skill.report(context, RULE, agent.get(), "'agent' is ignored because the skill does not set "
                    + "context: fork", "add context: fork, or remove 'agent'");
        }
    }
}
