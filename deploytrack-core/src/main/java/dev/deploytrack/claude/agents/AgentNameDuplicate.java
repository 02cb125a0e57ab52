package dev.deploytrack.claude.agents;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/**
 * "If two files under the same .claude/agents/ directory, including its subfolders, declare the same name, Claude
 * Code loads only one of them, chosen by filesystem read order" (sub-agents). Reported on every file after the first.
 */
public final class AgentNameDuplicate extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-agent-name-duplicate", Severity.ERROR,
            "subagent names are unique in their directory",
            "Two subagents of the same .claude/agents tree (or the same plugin) with one name: Claude Code loads "
                    + "only one of them, whichever the file system lists first.");

    public AgentNameDuplicate() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown agent, CheckContext context) {
        String name = agent.string("name");
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> same = agent.project().agentsByName().getOrDefault(name.strip(), List.of());
        String scope = scope(agent);
        for (String other : same) {
            if (other.equals(agent.path())) {
                return; // the first of its scope
            }
            if (scope.equals(scopeOf(other, agent))) {
                agent.report(context, RULE, agent.field("name").orElseThrow(), "subagent name '" + name.strip()
                        + "' is also declared in " + other + "; Claude Code loads only one of the two",
                        "rename one of them");
                return;
            }
        }
    }

    private static String scope(ClaudeMarkdown agent) {
        return scopeOf(agent.path(), agent);
    }

    /** The agents tree a file belongs to: its plugin's root, or the path up to and including .claude/agents. */
    private static String scopeOf(String path, ClaudeMarkdown agent) {
        var plugin = agent.project().files().pluginOf(path);
        if (plugin.isPresent()) {
            return "plugin:" + plugin.get().root();
        }
        int at = path.lastIndexOf(".claude/agents/");
        return at < 0 ? path : path.substring(0, at);
    }
}
