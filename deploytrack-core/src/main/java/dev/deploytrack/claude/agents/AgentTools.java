package dev.deploytrack.claude.agents;

import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import java.util.List;

/** The tool entries of a subagent's {@code tools}, and whether any of them names a tool. */
final class AgentTools {

    private AgentTools() {
    }

    static List<ToolList.Entry> entries(ClaudeMarkdown agent, String field) {
        return agent.field(field).map(ToolList::entries).orElse(List.of());
    }

    /** Whether {@code tools} is set, has entries, and none of them resolves to a tool. */
    static boolean noneResolve(ClaudeMarkdown agent) {
        List<ToolList.Entry> entries = entries(agent, "tools");
        if (entries.isEmpty()) {
            return false;
        }
        for (ToolList.Entry entry : entries) {
            if (agent.project().settings().isTool(entry.tool()) || entry.tool().equals("*")) {
                return false;
            }
        }
        return true;
    }
}
