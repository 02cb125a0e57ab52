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
    @JsonProperty("deployments_by_agent")
    private Map<String, Integer> deploymentsByAgent = new TreeMap<>();
    @JsonProperty("projects_by_agent")
    private Map<String, Integer> projectsByAgent = new TreeMap<>();

    Statistics() {
    }

    Statistics(int totalProjects, int totalDeployments, int agentsDeployed, String mostDeployedAgent,
               Map<String, Integer> deploymentsByEnvironment, Map<String, Integer> deploymentsByAgent,
               Map<String, Integer> projectsByAgent) {
        this.totalProjects = totalProjects;
        this.totalDeployments = totalDeployments;
        this.agentsDeployed = agentsDeployed;
        this.mostDeployedAgent = mostDeployedAgent;
        this.deploymentsByEnvironment = new TreeMap<>(deploymentsByEnvironment);
        this.deploymentsByAgent = new TreeMap<>(deploymentsByAgent);
        this.projectsByAgent = new TreeMap<>(projectsByAgent);
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

    /** Deployments of each agent in the history (2.0.0): what {@link #mostDeployedAgent()} is the largest of. */
    public Map<String, Integer> deploymentsByAgent() {
        return deploymentsByAgent == null ? Map.of() : deploymentsByAgent;
    }

    /** How many projects run each agent now, in any environment (2.0.0): its keys are {@link #agentsDeployed()}. */
    public Map<String, Integer> projectsByAgent() {
        return projectsByAgent == null ? Map.of() : projectsByAgent;
    }

    /** Reads what {@link #write} wrote; see {@link JsonCursor}. */
    static Statistics read(JsonCursor in) throws JsonCursor.NotCanonical {
        Statistics statistics = new Statistics();
        in.beginObject();
        for (String field; (field = in.nextField()) != null; ) {
            switch (field) {
                case "total_projects" -> statistics.totalProjects = in.integer();
                case "total_deployments" -> statistics.totalDeployments = in.integer();
                case "agents_deployed" -> statistics.agentsDeployed = in.integer();
                case "most_deployed_agent" -> statistics.mostDeployedAgent = in.stringOrNull();
                case "deployments_by_environment" -> statistics.deploymentsByEnvironment = counts(in);
                case "deployments_by_agent" -> statistics.deploymentsByAgent = counts(in);
                case "projects_by_agent" -> statistics.projectsByAgent = counts(in);
                default -> statistics.putRawExtra(field, in.rawValue());
            }
        }
        return statistics;
    }

    private static Map<String, Integer> counts(JsonCursor in) throws JsonCursor.NotCanonical {
        Map<String, Integer> counts = new TreeMap<>();
        in.beginObject();
        for (String key; (key = in.nextField()) != null; ) {
            counts.put(key, in.integer());
        }
        return counts;
    }

    void write(JsonEncoder json, SchemaVersion schema) {
        json.beginObject()
                .field("total_projects").number(totalProjects)
                .field("total_deployments").number(totalDeployments)
                .field("agents_deployed").number(agentsDeployed)
                .field("most_deployed_agent", mostDeployedAgent);
        if (schema != SchemaVersion.V1) {
            counts(json, "deployments_by_environment", deploymentsByEnvironment());
            counts(json, "deployments_by_agent", deploymentsByAgent());
            counts(json, "projects_by_agent", projectsByAgent());
        }
        json.extras(extra()).endObject();
    }

    private static void counts(JsonEncoder json, String name, Map<String, Integer> counts) {
        if (!counts.isEmpty()) {
            json.field(name).counts(counts);
        }
    }

    /** Same derived values (fields a team added are not compared). */
    public boolean sameCounts(Statistics other) {
        return other != null && totalProjects == other.totalProjects && totalDeployments == other.totalDeployments
                && agentsDeployed == other.agentsDeployed
                && Objects.equals(mostDeployedAgent, other.mostDeployedAgent);
    }

    /** Same derived values, the 2.0.0 counts per environment and agent included. */
    public boolean sameAs(Statistics other) {
        return sameCounts(other) && deploymentsByEnvironment().equals(other.deploymentsByEnvironment())
                && deploymentsByAgent().equals(other.deploymentsByAgent())
                && projectsByAgent().equals(other.projectsByAgent());
    }

    /** Keeps a team's own statistics fields when the derived ones are replaced. */
    void keepExtraFrom(Statistics previous) {
        if (previous != null) {
            for (Map.Entry<String, Object> extra : previous.extra().entrySet()) {
                put(extra.getKey(), extra.getValue());
            }
        }
    }

    @Override
    public String toString() {
        return totalProjects + " projects, " + totalDeployments + " deployments, " + agentsDeployed
                + " agents, most deployed: " + mostDeployedAgent;
    }
}
