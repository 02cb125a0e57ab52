package dev.deploytrack.registry;

import dev.deploytrack.report.MarkdownText;
import java.util.List;

/**
 * {@code status --name NAME}: one project's agents.
 *
 * @param name          the project
 * @param path          its path as recorded
 * @param deployedAt    when its first agent was deployed
 * @param lastSync      its latest testimony sync, or {@code null}
 * @param testimonyFile the latest testimony copy, or {@code null}
 * @param agents        its agents by id and environment
 */
public record ProjectStatus(String name, String path, String deployedAt, String lastSync, String testimonyFile,
                            List<ProjectAgent> agents) implements RegistryReport {

    /** One agent in one environment of the project. */
    public record ProjectAgent(String id, String environment, String version, String deployedAt, String updatedAt,
                               boolean testimonyCollected, String lastSync) {
    }

    @Override
    public void text(StringBuilder out) {
        out.append(name).append(path == null ? "" : " (" + path + ")").append('\n')
                .append("first deployed ").append(orDash(deployedAt)).append(", last sync ")
                .append(lastSync == null ? "never" : lastSync)
                .append(testimonyFile == null ? "" : ", testimony " + testimonyFile).append("\n\n");
        if (agents.isEmpty()) {
            out.append("No agents deployed.\n");
            return;
        }
        table().text(out);
    }

    @Override
    public void markdown(StringBuilder out) {
        out.append("## ").append(MarkdownText.text(name)).append("\n\n")
                .append("- Path: ").append(path == null ? "—" : MarkdownText.code(path)).append('\n')
                .append("- First deployed: ").append(MarkdownText.orDash(deployedAt)).append('\n')
                .append("- Last sync: ").append(lastSync == null ? "never" : MarkdownText.text(lastSync))
                .append("\n\n");
        if (agents.isEmpty()) {
            out.append("No agents deployed.\n");
            return;
        }
        table().markdown(out);
    }

    private TextTable table() {
        TextTable table = new TextTable("AGENT", "ENVIRONMENT", "VERSION", "DEPLOYED", "UPDATED", "TESTIMONY");
        for (ProjectAgent agent : agents) {
            table.row(agent.id(), agent.environment(), agent.version(), agent.deployedAt(), agent.updatedAt(),
                    agent.testimonyCollected() ? "collected" : "not collected");
        }
        return table;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
