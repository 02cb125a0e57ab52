package dev.deploytrack.registry;

import dev.deploytrack.report.MarkdownText;
import java.util.List;

/**
 * {@code impact}: given the current version of each agent, the project environments that run an older one (the
 * "agent update" workflow: who needs the new version).
 *
 * @param current       the current versions asked about
 * @param outdated      project environments running an older version
 * @param notComparable project environments running a different version that is not a semantic version
 * @param upToDate      project environments running the current version or a newer one
 * @param notDeployed   agents asked about that run nowhere
 */
public record ImpactReport(List<AgentVersion> current, List<Outdated> outdated, List<Outdated> notComparable,
                           int upToDate, List<String> notDeployed) implements RegistryReport {

    /** One project environment and the version it runs. */
    public record Outdated(String agent, String project, String environment, String running, String current) {
    }

    /** Whether any project runs an older version (what {@code --fail-on-outdated} fails on). */
    public boolean anyOutdated() {
        return !outdated.isEmpty();
    }

    @Override
    public void text(StringBuilder out) {
        out.append(summary()).append("\n\n");
        if (!outdated.isEmpty()) {
            table(outdated).text(out);
        }
        if (!notComparable.isEmpty()) {
            out.append(outdated.isEmpty() ? "" : "\n").append("Versions that cannot be ordered (not semantic "
                    + "versions):\n");
            table(notComparable).text(out);
        }
        if (!notDeployed.isEmpty()) {
            out.append("\nNot deployed anywhere: ").append(String.join(", ", notDeployed)).append('\n');
        }
    }

    @Override
    public void markdown(StringBuilder out) {
        out.append("## Agent update impact\n\n").append(MarkdownText.text(summary())).append("\n\n");
        if (!outdated.isEmpty()) {
            table(outdated).markdown(out);
        }
        if (!notComparable.isEmpty()) {
            out.append("\nVersions that cannot be ordered (not semantic versions):\n\n");
            table(notComparable).markdown(out);
        }
        if (!notDeployed.isEmpty()) {
            out.append("\nNot deployed anywhere: ").append(MarkdownText.text(String.join(", ", notDeployed)))
                    .append('\n');
        }
    }

    private String summary() {
        long projects = outdated.stream().map(Outdated::project).distinct().count();
        return outdated.size() + (outdated.size() == 1 ? " deployment" : " deployments") + " in " + projects
                + (projects == 1 ? " project runs" : " projects run") + " an older version; " + upToDate
                + " up to date (" + current.size() + (current.size() == 1 ? " agent" : " agents") + " checked)";
    }

    private static TextTable table(List<Outdated> rows) {
        TextTable table = new TextTable("AGENT", "PROJECT", "ENVIRONMENT", "RUNNING", "CURRENT");
        for (Outdated row : rows) {
            table.row(row.agent(), row.project(), row.environment(), row.running(), row.current());
        }
        return table;
    }
}
