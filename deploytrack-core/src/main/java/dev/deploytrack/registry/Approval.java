package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A person's go-ahead for one agent version in one project's environment (2.0.0 {@code approvals[]}). The
 * deployment it allows must be recorded by someone else.
 */
public final class Approval extends ExtraFields {

    @JsonProperty("timestamp")
    private String timestamp;
    @JsonProperty("project")
    private String project;
    @JsonProperty("environment")
    private String environment;
    @JsonProperty("agent")
    private String agent;
    @JsonProperty("version")
    private String version;
    @JsonProperty("approver")
    private Actor approver;
    @JsonProperty("reason")
    private String reason;
    /** The deployment request this approval answers ({@code approve --request}), or {@code null}. */
    @JsonProperty("request")
    private String request;

    Approval() {
    }

    Approval(String timestamp, String project, String environment, String agent, String version, Actor approver,
             String reason) {
        this.timestamp = timestamp;
        this.project = project;
        this.environment = environment;
        this.agent = agent;
        this.version = version;
        this.approver = approver;
        this.reason = reason;
    }

    Approval(String timestamp, String project, String environment, String agent, String version, Actor approver,
             String reason, String request) {
        this(timestamp, project, environment, agent, version, approver, reason);
        this.request = request;
    }

    /** Reads what {@link #write} wrote; see {@link JsonCursor}. */
    static Approval read(JsonCursor in) throws JsonCursor.NotCanonical {
        Approval approval = new Approval();
        in.beginObject();
        for (String field; (field = in.nextField()) != null; ) {
            switch (field) {
                case "timestamp" -> approval.timestamp = in.stringOrNull();
                case "project" -> approval.project = in.stringOrNull();
                case "environment" -> approval.environment = in.stringOrNull();
                case "agent" -> approval.agent = in.stringOrNull();
                case "version" -> approval.version = in.stringOrNull();
                case "approver" -> approval.approver = in.nullNext() ? null : Actor.read(in);
                case "reason" -> approval.reason = in.stringOrNull();
                case "request" -> approval.request = in.stringOrNull();
                default -> approval.putRawExtra(field, in.rawValue());
            }
        }
        return approval;
    }

    /** On one line, as an entry of {@code approvals[]} (a 2.0.0 list). */
    void write(JsonEncoder json) {
        json.beginObject()
                .field("timestamp", timestamp)
                .field("project", project)
                .field("environment", environment)
                .field("agent", agent)
                .field("version", version)
                .field("approver");
        if (approver == null) {
            json.nullValue();
        } else {
            approver.write(json);
        }
        json.optional("reason", reason).optional("request", request).extras(extra()).endObject();
    }

    /** Whether this approval covers {@code agent@version} in {@code project}'s {@code environment}. */
    boolean covers(String projectName, String environmentName, String agentId, String agentVersion) {
        return Objects.equals(project, projectName) && Objects.equals(environment, environmentName)
                && Objects.equals(agent, agentId) && Objects.equals(version, agentVersion);
    }

    public String timestamp() {
        return timestamp;
    }

    public String project() {
        return project;
    }

    public String environment() {
        return environment;
    }

    public String agent() {
        return agent;
    }

    public String version() {
        return version;
    }

    public Actor approver() {
        return approver;
    }

    public String reason() {
        return reason;
    }

    /** The request this approval answers, or {@code null}. */
    public String request() {
        return request;
    }
}
