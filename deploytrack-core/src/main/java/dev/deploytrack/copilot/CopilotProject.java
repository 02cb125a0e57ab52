package dev.deploytrack.copilot;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the Copilot checks of one run share: the repository's custom agents by directory and id. */
public final class CopilotProject {

    private final Map<String, List<String>> agentsByScopeAndId = new LinkedHashMap<>();
    private final Set<String> agentIds = new HashSet<>();

    CopilotProject(CheckContext context) {
        for (FileType type : new FileType[] {FileType.COPILOT_AGENT, FileType.COPILOT_CHATMODE}) {
            for (String path : context.agentFiles().ofType(type)) {
                String id = agentId(path);
                agentIds.add(id);
                agentsByScopeAndId.computeIfAbsent(scope(path) + "\n" + id, k -> new ArrayList<>()).add(path);
            }
        }
    }

    /** Whether a custom agent (or chat mode) with this id is in the repository. */
    public boolean hasAgent(String id) {
        return agentIds.contains(id);
    }

    /** The agent files of the same directory with the same id as {@code path}'s (itself included). */
    public List<String> agentsLike(String path) {
        return agentsByScopeAndId.getOrDefault(scope(path) + "\n" + agentId(path), List.of());
    }

    static String agentId(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (String suffix : new String[] {".agent.md", ".chatmode.md", ".md"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String scope(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
