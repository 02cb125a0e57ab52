package dev.deploytrack.drift;

import dev.deploytrack.git.CommitWorkspace;
import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.AgentVersionDiscovery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which agents a project holds at a commit, and which files make up each: read from the commit's objects with the
 * same discovery {@code record-deployment} uses (a skill is its whole directory, an agent definition its file, the id
 * the frontmatter {@code name} or the skill's directory), and the paths {@code drift.agents} configures in place of
 * what discovery finds. Paths are relative to the repository's top directory. Each commit is read once.
 */
public final class AgentLocator {

    /**
     * An agent at a commit.
     *
     * @param id      the agent's id
     * @param version its version there, or {@code null}
     * @param paths   its files and directories (a directory ends with {@code /})
     * @param file    the file that defines it (a {@code SKILL.md} or an agent definition), or {@code null}
     */
    public record Located(String id, String version, List<String> paths, String file) {

        public Located {
            paths = List.copyOf(paths);
        }

        /** Whether {@code file} (a path git printed) belongs to this agent. */
        public boolean owns(String file) {
            for (String path : paths) {
                if (path.endsWith("/") ? file.startsWith(path) : file.equals(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final GitHistory git;
    private final String prefix;
    private final Map<String, List<String>> configured;
    private final Map<String, Map<String, Located>> byCommit = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param prefix     the project's directory within the repository ({@code ""} or ending in {@code /})
     * @param configured {@code drift.agents}: an agent's paths relative to the project's directory
     */
    public AgentLocator(GitHistory git, String prefix, Map<String, List<String>> configured) {
        this.git = git;
        this.prefix = prefix;
        this.configured = configured;
    }

    /** The agents at {@code commit}, by id, in discovery order. */
    public Map<String, Located> at(String commit) throws GitException {
        Map<String, Located> known = byCommit.get(commit);
        if (known != null) {
            return known;
        }
        Map<String, Located> agents = new LinkedHashMap<>();
        // The workspace's root is the project's directory itself (never "top/."): discovery names a skill at the
        // root after it.
        try (CommitWorkspace workspace = CommitWorkspace.open(git.git(), commit, prefix,
                prefix.isEmpty() ? git.top() : git.top().resolve(prefix).normalize(), List.of())) {
            List<String> found = new ArrayList<>();
            for (AgentVersionDiscovery.Located agent : AgentVersionDiscovery.locate(workspace, found)) {
                if (agent.id() != null && !agents.containsKey(agent.id())) {
                    agents.put(agent.id(), new Located(agent.id(), agent.version(),
                            List.of(prefix + agent.path()), prefix + agent.file()));
                }
            }
            for (String problem : found) {
                problems.add(commit.substring(0, Math.min(12, commit.length())) + ": " + prefix + problem);
            }
        }
        for (Map.Entry<String, List<String>> entry : configured.entrySet()) {
            Located discovered = agents.get(entry.getKey());
            List<String> paths = new ArrayList<>();
            for (String path : entry.getValue()) {
                paths.add(prefix + path);
            }
            agents.put(entry.getKey(), new Located(entry.getKey(), discovered == null ? null : discovered.version(),
                    paths, discovered == null ? null : discovered.file()));
        }
        byCommit.put(commit, agents);
        return agents;
    }

    /** Whether {@code id}'s files are configured rather than discovered (then they never move). */
    public boolean isConfigured(String id) {
        return configured.containsKey(id);
    }

    /** Agent files that could not be read, for the report's notes. */
    public List<String> problems() {
        return problems;
    }
}
