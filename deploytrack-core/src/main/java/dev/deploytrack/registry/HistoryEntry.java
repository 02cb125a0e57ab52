package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One line of {@code deployment_history[]}: what happened to which agent of which project. Entries are only ever
 * appended; statistics and promotion checks are derived from them.
 */
public final class HistoryEntry extends ExtraFields {

    /** A new agent in a project (and environment). */
    public static final String DEPLOYED = "deployed";
    /** A new version of an agent the project already ran. */
    public static final String UPDATED = "updated";
    /** The same version recorded again (a re-run deployment without an idempotency key). */
    public static final String REDEPLOYED = "redeployed";
    /** A return to an earlier version, with a reason. */
    public static final String ROLLED_BACK = "rolled_back";
    /**
     * A deployment of a component that is not an agent (the application itself), named by {@code component}, with
     * its commit. Not a deployment of an agent: it counts in no statistic and no promotion rule, so a registry
     * reader that does not know the action (an older deploytrack) keeps the entry as a team's own and ignores it.
     */
    public static final String COMPONENT_DEPLOYED = "component_deployed";
    /**
     * A deployment request ({@code deploytrack request}): one entry per agent version going out, sharing the
     * request's id in {@code request}; the actor is who requested it and may not approve it.
     */
    public static final String REQUESTED = "requested";

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
    private String environment;
    @JsonProperty("previous_version")
    private String previousVersion;
    @JsonProperty("actor")
    private Actor actor;
    @JsonProperty("git_commit")
    private String gitCommit;
    @JsonProperty("idempotency_key")
    private String idempotencyKey;
    /** {@code true} when the promotion order was overridden; absent otherwise. */
    @JsonProperty("emergency")
    private Boolean emergency;
    @JsonProperty("reason")
    private String reason;
    /** The component of a {@link #COMPONENT_DEPLOYED} entry, e.g. {@code app}. */
    @JsonProperty("component")
    private String component;
    /** The request id of a {@link #REQUESTED} entry. */
    @JsonProperty("request")
    private String request;

    HistoryEntry() {
    }

    HistoryEntry(String timestamp, String project, String agent, String action, String version) {
        this.timestamp = timestamp;
        this.project = project;
        this.agent = agent;
        this.action = action;
        this.version = version;
    }

    /** Reads what {@link #write} wrote; see {@link JsonCursor}. */
    static HistoryEntry read(JsonCursor in) throws JsonCursor.NotCanonical {
        HistoryEntry entry = new HistoryEntry();
        in.beginObject();
        for (String field; (field = in.nextField()) != null; ) {
            switch (field) {
                case "timestamp" -> entry.timestamp = in.stringOrNull();
                case "project" -> entry.project = in.stringOrNull();
                case "agent" -> entry.agent = in.stringOrNull();
                case "action" -> entry.action = in.stringOrNull();
                case "version" -> entry.version = in.stringOrNull();
                case "environment" -> entry.environment = in.stringOrNull();
                case "previous_version" -> entry.previousVersion = in.stringOrNull();
                case "actor" -> entry.actor = in.nullNext() ? null : Actor.read(in);
                case "git_commit" -> entry.gitCommit = in.stringOrNull();
                case "idempotency_key" -> entry.idempotencyKey = in.stringOrNull();
                case "emergency" -> entry.emergency = in.boolOrNull();
                case "reason" -> entry.reason = in.stringOrNull();
                case "component" -> entry.component = in.stringOrNull();
                case "request" -> entry.request = in.stringOrNull();
                default -> entry.putRawExtra(field, in.rawValue());
            }
        }
        return entry;
    }

    /** On one line: the 1.0.0 fields always, {@code null} included; the 2.0.0 ones when they have a value. */
    void write(JsonEncoder json, SchemaVersion schema) {
        json.beginObject()
                .field("timestamp", timestamp)
                .field("project", project)
                .field("agent", agent)
                .field("action", action)
                .field("version", version);
        if (schema != SchemaVersion.V1) {
            json.optional("environment", environment).optional("previous_version", previousVersion);
            if (actor != null) {
                actor.write(json.field("actor"));
            }
            json.optional("git_commit", gitCommit).optional("idempotency_key", idempotencyKey);
            if (emergency != null) {
                json.field("emergency").bool(emergency);
            }
            json.optional("reason", reason).optional("component", component).optional("request", request);
        }
        json.extras(extra()).endObject();
    }

    /** Whether the action put a version into a project: every action but ones a team's own tools may add. */
    public boolean isDeployment() {
        return DEPLOYED.equals(action) || UPDATED.equals(action) || REDEPLOYED.equals(action)
                || ROLLED_BACK.equals(action);
    }

    /** Whether this entry records a deployment of a component other than an agent (the application). */
    public boolean isComponentDeployment() {
        return COMPONENT_DEPLOYED.equals(action);
    }

    /** Whether this entry is one agent version of a deployment request. */
    public boolean isRequest() {
        return REQUESTED.equals(action);
    }

    /**
     * What an idempotency key is unique within, besides the project and environment: the agents' deployments and
     * rollbacks share one scope, each component has its own, and requests theirs, so that one CI run may record its
     * agents and its application under one key.
     */
    public String keyScope() {
        return isComponentDeployment() ? "component:" + component : isRequest() ? "request" : "";
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

    /** The component a {@link #COMPONENT_DEPLOYED} entry is about, else {@code null}. */
    public String component() {
        return component;
    }

    /** The request id of a {@link #REQUESTED} entry, else {@code null}. */
    public String request() {
        return request;
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

    HistoryEntry component(String value) {
        this.component = value;
        return this;
    }

    HistoryEntry request(String value) {
        this.request = value;
        return this;
    }
}
