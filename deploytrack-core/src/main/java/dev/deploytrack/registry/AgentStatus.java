package dev.deploytrack.registry;

import dev.deploytrack.report.MarkdownText;
import java.util.List;

/**
 * {@code status --agent ID}: the projects and environments that run one agent, and at which versions.
 *
 * @param agent       the agent
 * @param deployments its deployments in the history
 * @param uses        where it runs now, by project and environment
 */
public record AgentStatus(String agent, int deployments, List<AgentUse> uses) implements RegistryReport {

    /** One project environment running the agent. */
    public record AgentUse(String project, String environment, String version, String deployedAt,
                           String updatedAt) {
    }

    @Override
    public void text(StringBuilder out) {
        out.append(agent).append(": ").append(deployments).append(deployments == 1 ? " deployment" : " deployments")
                .append(", runs in ").append(uses.size()).append(uses.size() == 1 ? " project environment"
                        : " project environments").append("\n\n");
        if (!uses.isEmpty()) {
            table().text(out);
        }
    }

    @Override
    public void markdown(StringBuilder out) {
        out.append("## ").append(MarkdownText.text(agent)).append("\n\n").append(deployments)
                .append(" deployments; runs in ").append(uses.size()).append(" project environments.\n\n");
        if (!uses.isEmpty()) {
            table().markdown(out);
        }
    }

    private TextTable table() {
        TextTable table = new TextTable("PROJECT", "ENVIRONMENT", "VERSION", "DEPLOYED", "UPDATED");
        for (AgentUse use : uses) {
            table.row(use.project(), use.environment(), use.version(), use.deployedAt(), use.updatedAt());
        }
        return table;
    }
}
