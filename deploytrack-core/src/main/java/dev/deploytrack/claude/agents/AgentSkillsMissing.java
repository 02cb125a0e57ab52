package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * {@code skills}: "Skills to preload into the subagent's context at startup" (sub-agents). A name that no skill of
 * the repository has may be a user-level skill, hence a warning.
 */
public final class AgentSkillsMissing extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-skills-missing", Severity.WARNING,
            "a subagent's skills exist",
            "Each name in a subagent's 'skills' should be a skill in the repository (or the user's skills); "
                    + "otherwise nothing is preloaded.");

    public AgentSkillsMissing() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        var skills = agent.field("skills");
        if (skills.isEmpty()) {
            return;
        }
        for (ToolList.Entry entry : ToolList.entries(skills.get())) {
            String name = entry.text();
            String bare = name.contains(":") ? name.substring(name.lastIndexOf(':') + 1) : name;
            if (!agent.project().skillsByName().containsKey(name)
                    && !agent.project().skillsByName().containsKey(bare)) {
                agent.report(context, RULE, entry.node(), "skill '" + name + "' is not in this repository; unless "
                        + "it is a user-level skill, the subagent starts without it", "check the skill's name");
            }
        }
    }
}
