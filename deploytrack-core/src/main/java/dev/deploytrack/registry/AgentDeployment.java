package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonView;

/**
 * One agent as it runs in one project (and, from 2.0.0, one environment): the {@code agents[]} entries of a project.
 * The 1.0.0 fields are always written, {@code null} included, because scripts written for 1.0.0 index them directly.
 */
@JsonPropertyOrder({"id", "version", "deployed_at", "testimony_collected", "last_sync", "environment", "updated_at",
        "git_commit"})
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
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String environment;
    /** When the version last changed; {@code null} while it is still the first version deployed. */
    @JsonProperty("updated_at")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String updatedAt;
    @JsonProperty("git_commit")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
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
