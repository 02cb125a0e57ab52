package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonView;
import java.util.Objects;

/**
 * One line of {@code deployment_history[]}: what happened to which agent of which project. Entries are only ever
 * appended; statistics and promotion checks are derived from them.
 */
@JsonPropertyOrder({"timestamp", "project", "agent", "action", "version", "environment", "previous_version",
        "actor", "git_commit", "idempotency_key", "emergency", "reason"})
public final class HistoryEntry extends ExtraFields {

    /** A new agent in a project (and environment). */
    public static final String DEPLOYED = "deployed";
    /** A new version of an agent the project already ran. */
    public static final String UPDATED = "updated";
    /** The same version recorded again (a re-run deployment without an idempotency key). */
    public static final String REDEPLOYED = "redeployed";
    /** A return to an earlier version, with a reason. */
    public static final String ROLLED_BACK = "rolled_back";

    @JsonProperty("timestamp")
    private String timestamp;
    @JsonProperty("project")
    private String project;
    @JsonProperty("agent")
    private String agent;
    @JsonProperty("action")
    private String action;
    @JsonProperty("version")
    private String version;

    @JsonProperty("environment")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String environment;
    @JsonProperty("previous_version")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String previousVersion;
    @JsonProperty("actor")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private Actor actor;
    @JsonProperty("git_commit")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String gitCommit;
    @JsonProperty("idempotency_key")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String idempotencyKey;
    /** {@code true} when the promotion order was overridden; absent otherwise. */
    @JsonProperty("emergency")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private Boolean emergency;
    @JsonProperty("reason")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String reason;

    HistoryEntry() {
    }

    HistoryEntry(String timestamp, String project, String agent, String action, String version) {
        this.timestamp = timestamp;
        this.project = project;
        this.agent = agent;
        this.action = action;
        this.version = version;
    }

    /** Whether the action put a version into a project: every action but ones a team's own tools may add. */
    public boolean isDeployment() {
        return DEPLOYED.equals(action) || UPDATED.equals(action) || REDEPLOYED.equals(action)
                || ROLLED_BACK.equals(action);
    }

    /** Whether this entry recorded {@code agent@version} in {@code project}'s {@code environment}. */
    boolean recorded(String projectName, String environmentName, String agentId, String agentVersion) {
        return isDeployment() && Objects.equals(agent, agentId) && Objects.equals(version, agentVersion)
                && Objects.equals(environment, environmentName) && Objects.equals(project, projectName);
    }

    public String timestamp() {
        return timestamp;
    }

    public String project() {
        return project;
    }

    public String agent() {
        return agent;
    }

    public String action() {
        return action;
    }

    public String version() {
        return version;
    }

    public String environment() {
        return environment;
    }

    public String previousVersion() {
        return previousVersion;
    }

    public Actor actor() {
        return actor;
    }

    public String gitCommit() {
        return gitCommit;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public boolean emergency() {
        return Boolean.TRUE.equals(emergency);
    }

    public String reason() {
        return reason;
    }

    HistoryEntry environment(String value) {
        this.environment = value;
        return this;
    }

    HistoryEntry previousVersion(String value) {
        this.previousVersion = value;
        return this;
    }

    HistoryEntry actor(Actor value) {
        this.actor = value;
        return this;
    }

    HistoryEntry gitCommit(String value) {
        this.gitCommit = value;
        return this;
    }

    HistoryEntry idempotencyKey(String value) {
        this.idempotencyKey = value;
        return this;
    }

    HistoryEntry emergency(boolean value) {
        this.emergency = value ? Boolean.TRUE : null;
        return this;
    }

    HistoryEntry reason(String value) {
        this.reason = value;
        return this;
    }
}
