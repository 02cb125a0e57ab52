package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The registry's {@code statistics}: derived from projects and history on every write ({@link StatisticsDeriver}),
 * never edited by hand. Stored so that readers without deploytrack see them.
 */
public final class Statistics extends ExtraFields {

    @JsonProperty("total_projects")
    private int totalProjects;
    @JsonProperty("total_deployments")
    private int totalDeployments;
    @JsonProperty("agents_deployed")
    private int agentsDeployed;
    @JsonProperty("most_deployed_agent")
    private String mostDeployedAgent;

    @JsonProperty("deployments_by_environment")
    private Map<String, Integer> deploymentsByEnvironment = new TreeMap<>();

    Statistics() {
    }

    Statistics(int totalProjects, int totalDeployments, int agentsDeployed, String mostDeployedAgent,
               Map<String, Integer> deploymentsByEnvironment) {
        this.totalProjects = totalProjects;
        this.totalDeployments = totalDeployments;
        this.agentsDeployed = agentsDeployed;
        this.mostDeployedAgent = mostDeployedAgent;
        this.deploymentsByEnvironment = new TreeMap<>(deploymentsByEnvironment);
    }

    /** Number of projects. */
    public int totalProjects() {
        return totalProjects;
    }

    /** Number of history entries that put a version into a project (see {@link HistoryEntry#isDeployment()}). */
    public int totalDeployments() {
        return totalDeployments;
    }

    /** Number of distinct agent ids that projects run now. */
    public int agentsDeployed() {
        return agentsDeployed;
    }

    /** The agent with the most deployments in the history (the first by name on a tie), or {@code null}. */
    public String mostDeployedAgent() {
        return mostDeployedAgent;
    }

    public Map<String, Integer> deploymentsByEnvironment() {
        return deploymentsByEnvironment == null ? Map.of() : deploymentsByEnvironment;
    }

    void write(JsonEncoder json, SchemaVersion schema) {
        json.beginObject()
                .field("total_projects").number(totalProjects)
                .field("total_deployments").number(totalDeployments)
                .field("agents_deployed").number(agentsDeployed)
                .field("most_deployed_agent", mostDeployedAgent);
        if (schema != SchemaVersion.V1 && !deploymentsByEnvironment().isEmpty()) {
            json.field("deployments_by_environment").counts(deploymentsByEnvironment());
        }
        json.extras(extra()).endObject();
    }

    /** Same derived values (fields a team added are not compared). */
    public boolean sameCounts(Statistics other) {
        return other != null && totalProjects == other.totalProjects && totalDeployments == other.totalDeployments
                && agentsDeployed == other.agentsDeployed
                && Objects.equals(mostDeployedAgent, other.mostDeployedAgent);
    }

    /** Keeps a team's own statistics fields when the derived ones are replaced. */
    void keepExtraFrom(Statistics previous) {
        if (previous != null) {
            previous.extra().forEach(this::put);
        }
    }

    @Override
    public String toString() {
        return totalProjects + " projects, " + totalDeployments + " deployments, " + agentsDeployed
                + " agents, most deployed: " + mostDeployedAgent;
    }
}
