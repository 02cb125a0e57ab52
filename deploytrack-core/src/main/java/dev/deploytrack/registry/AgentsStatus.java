package dev.deploytrack.registry;

import dev.deploytrack.report.MarkdownText;
import java.util.List;

/**
 * {@code status} for the whole registry: every agent, how often it was deployed, in how many projects it runs, and
 * which versions are in use.
 *
 * @param registry    the registry file
 * @param projects    projects in the registry
 * @param deployments deployments in the history
 * @param agents      every agent that runs somewhere or was ever deployed, by id
 */
public record AgentsStatus(String registry, int projects, int deployments, List<AgentSummary> agents)
        implements RegistryReport {

    /**
     * @param id          the agent
     * @param deployments its deployments in the history
     * @param projects    projects that run it now
     * @param versions    the versions that run now, newest first, with how many project environments run each
     */
    public record AgentSummary(String id, int deployments, int projects, List<VersionCount> versions) {
    }

    /** A version and the number of project environments running it. */
    public record VersionCount(String version, int running) {

        @Override
        public String toString() {
            return version + " (" + running + ")";
        }
    }

    @Override
    public void text(StringBuilder out) {
        out.append(registry).append(": ").append(agents.size()).append(agents.size() == 1 ? " agent, " : " agents, ")
                .append(projects).append(projects == 1 ? " project, " : " projects, ").append(deployments)
                .append(deployments == 1 ? " deployment" : " deployments").append("\n\n");
        if (agents.isEmpty()) {
            out.append("No deployments recorded.\n");
            return;
        }
        table().text(out);
    }

    @Override
    public void markdown(StringBuilder out) {
        out.append("## Deployed agents\n\n").append(agents.size()).append(" agents in ").append(projects)
                .append(" projects, ").append(deployments).append(" deployments (")
                .append(MarkdownText.code(registry)).append(").\n\n");
        if (agents.isEmpty()) {
            out.append("No deployments recorded.\n");
            return;
        }
        table().markdown(out);
    }

    private TextTable table() {
        TextTable table = new TextTable("AGENT", "DEPLOYMENTS", "PROJECTS", "VERSIONS IN USE");
        for (AgentSummary agent : agents) {
            table.row(agent.id(), String.valueOf(agent.deployments()), String.valueOf(agent.projects()),
                    agent.versions().isEmpty() ? "none" : String.join(", ",
                            agent.versions().stream().map(VersionCount::toString).toList()));
        }
        return table;
    }
}
