package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "agent ... (e.g. Explore, Plan, or a custom agent name)" (skills). A name no subagent of the repository has may be
 * a user-level subagent, hence a warning.
 */
public final class SkillAgentUnknown extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-agent-unknown", Severity.WARNING,
            "a forked skill's agent exists",
            "The 'agent' of a skill with context: fork is Explore, Plan, general-purpose or a subagent; a name "
                    + "that is none of these (and not a user-level subagent) cannot run the skill.");

    public SkillAgentUnknown() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        var agent = skill.field("agent");
        String name = skill.string("agent");
        if (agent.isEmpty() || skill.field("context").isEmpty() || name == null) {
            return;
        }
        String bare = name.contains(":") ? name.substring(name.lastIndexOf(':') + 1) : name;
        if (!ClaudeCode.BUILT_IN_AGENTS.contains(name) && !skill.project().agentsByName().containsKey(name)
                && !skill.project().agentsByName().containsKey(bare)) {
            skill.report(context, RULE, agent.get(), "agent '" + name + "' is neither built in (Explore, Plan, "
                    + "general-purpose) nor a subagent of this repository", "check the name, or define the "
                    + "subagent in .claude/agents/");
        }
    }
}
