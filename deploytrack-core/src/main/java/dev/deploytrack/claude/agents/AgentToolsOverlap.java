package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.HashSet;
import java.util.Set;

/** "If both are set, disallowedTools is applied first ... A tool listed in both is removed" (sub-agents). */
public final class AgentToolsOverlap extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-tools-overlap", Severity.WARNING,
            "no tool is both allowed and disallowed",
            "A tool in both 'tools' and 'disallowedTools' is removed (disallowedTools is applied first); listing "
                    + "it in 'tools' has no effect.");

    public AgentToolsOverlap() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        Set<String> disallowed = new HashSet<>();
        for (ToolList.Entry entry : AgentTools.entries(agent, "disallowedTools")) {
            disallowed.add(entry.text());
        }
        for (ToolList.Entry entry : AgentTools.entries(agent, "tools")) {
            if (disallowed.contains(entry.text())) {
                agent.report(context, RULE, entry.node(), "'" + entry.text() + "' is in both 'tools' and "
                        + "'disallowedTools', so the subagent does not get it", "remove it from one of the two");
            }
        }
    }
}
