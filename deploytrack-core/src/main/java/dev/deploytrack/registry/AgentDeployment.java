package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One agent as it runs in one project (and, from 2.0.0, one environment): the {@code agents[]} entries of a project.
 * The 1.0.0 fields are always written, {@code null} included, because scripts written for 1.0.0 index them directly.
 */
public final class AgentDeployment extends ExtraFields {

    @JsonProperty("id")
    private String id;
    @JsonProperty("version")
    private String version;
    /** When this agent first reached the project (in this environment). */
    @JsonProperty("deployed_at")
    private String deployedAt;
    @JsonProperty("testimony_collected")
    private boolean testimonyCollected;
    @JsonProperty("last_sync")
    private String lastSync;

    @JsonProperty("environment")
    private String environment;
    /** When the version last changed; {@code null} while it is still the first version deployed. */
    @JsonProperty("updated_at")
    private String updatedAt;
    @JsonProperty("git_commit")
    private String gitCommit;

    AgentDeployment() {
    }

    AgentDeployment(String id, String version, String environment, String deployedAt) {
        this.id = id;
        this.version = version;
        this.environment = environment;
        this.deployedAt = deployedAt;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String deployedAt() {
        return deployedAt;
    }

    public boolean testimonyCollected() {
        return testimonyCollected;
    }

    public String lastSync() {
        return lastSync;
    }

    /** The environment, or {@code null} in a 1.0.0 registry. */
    public String environment() {
        return environment;
    }

    public String updatedAt() {
        return updatedAt;
    }

    public String gitCommit() {
        return gitCommit;
    }

    /** Whether this entry is the agent {@code id} in {@code environment} ({@code null} matches a 1.0.0 entry). */
    boolean is(String agentId, String environmentName) {
        return id != null && id.equals(agentId) && java.util.Objects.equals(environment, environmentName);
    }

    /** Reads what {@link #write} wrote; see {@link JsonCursor}. */
    static AgentDeployment read(JsonCursor in) throws JsonCursor.NotCanonical {
        AgentDeployment agent = new AgentDeployment();
        in.beginObject();
        for (String field; (field = in.nextField()) != null; ) {
            switch (field) {
                case "id" -> agent.id = in.stringOrNull();
                case "version" -> agent.version = in.stringOrNull();
                case "deployed_at" -> agent.deployedAt = in.stringOrNull();
                case "testimony_collected" -> agent.testimonyCollected = in.bool();
                case "last_sync" -> agent.lastSync = in.stringOrNull();
                case "environment" -> agent.environment = in.stringOrNull();
                case "updated_at" -> agent.updatedAt = in.stringOrNull();
                case "git_commit" -> agent.gitCommit = in.stringOrNull();
                default -> agent.putRawExtra(field, in.rawValue());
            }
        }
        return agent;
    }

    /** The 1.0.0 fields always, {@code null} included; the 2.0.0 ones when they have a value. */
    void write(JsonEncoder json, SchemaVersion schema) {
        json.beginObject()
                .field("id", id)
                .field("version", version)
                .field("deployed_at", deployedAt)
                .field("testimony_collected").bool(testimonyCollected)
                .field("last_sync", lastSync);
        if (schema != SchemaVersion.V1) {
            json.optional("environment", environment)
                    .optional("updated_at", updatedAt)
                    .optional("git_commit", gitCommit);
        }
        json.extras(extra()).endObject();
    }

    // Changes are made through ProjectEntry, which tracks that the project changed.

    void version(String value, String at) {
        this.version = value;
        this.updatedAt = at;
    }

    void gitCommit(String value) {
        this.gitCommit = value;
    }

    void environment(String value) {
        this.environment = value;
    }

    void updatedAt(String value) {
        this.updatedAt = value;
    }

    void testimonyCollected(String at) {
        this.testimonyCollected = true;
        this.lastSync = at;
    }
}
