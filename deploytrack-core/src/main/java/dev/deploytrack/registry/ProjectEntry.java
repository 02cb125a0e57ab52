package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A project that runs agents: the {@code projects[]} entries of the registry. Projects are known by name; every
 * change goes through a method here.
 */
public final class ProjectEntry extends ExtraFields {

    @JsonProperty("path")
    private String path;
    @JsonProperty("name")
    private String name;
    /** When the first agent reached the project. */
    @JsonProperty("deployed_at")
    private String deployedAt;
    @JsonProperty("agents")
    private List<AgentDeployment> agents = new ArrayList<>();

    /** The latest testimony copy, relative to the registry's root. */
    @JsonProperty("testimony_file")
    private String testimonyFile;

    /** The SHA-256 of that copy's content, as it was filed. */
    @JsonProperty("testimony_sha256")
    private String testimonySha256;

    ProjectEntry() {
    }

    ProjectEntry(String name, String path, String deployedAt) {
        this.name = name;
        this.path = path;
        this.deployedAt = deployedAt;
    }

    public String path() {
        return path;
    }

    public String name() {
        return name;
    }

    public String deployedAt() {
        return deployedAt;
    }

    /** The agents, read-only: changes go through this class so they are tracked. */
    public List<AgentDeployment> agents() {
        return Collections.unmodifiableList(agents);
    }

    public String testimonyFile() {
        return testimonyFile;
    }

    /** The SHA-256 (hex) of the latest testimony's content, or {@code null} for one filed before it was kept. */
    public String testimonySha256() {
        return testimonySha256;
    }

    /** The agent {@code id} in {@code environment}, if the project runs it there. */
    public Optional<AgentDeployment> agent(String id, String environment) {
        for (AgentDeployment agent : agents) {
            if (agent.is(id, environment)) {
                return Optional.of(agent);
            }
        }
        return Optional.empty();
    }

    /** The most recent {@code last_sync} of any of its agents, or {@code null}. */
    public String lastSync() {
        String latest = null;
        for (AgentDeployment agent : agents) {
            if (agent.lastSync() != null && (latest == null || agent.lastSync().compareTo(latest) > 0)) {
                latest = agent.lastSync();
            }
        }
        return latest;
    }

    /** Reads what {@link #write} wrote; see {@link JsonCursor}. */
    static ProjectEntry read(JsonCursor in) throws JsonCursor.NotCanonical {
        ProjectEntry project = new ProjectEntry();
        in.beginObject();
        for (String field; (field = in.nextField()) != null; ) {
            switch (field) {
                case "path" -> project.path = in.stringOrNull();
                case "name" -> project.name = in.stringOrNull();
                case "deployed_at" -> project.deployedAt = in.stringOrNull();
                case "agents" -> {
                    in.beginArray();
                    while (in.nextElement()) {
                        project.agents.add(AgentDeployment.read(in));
                    }
                }
                case "testimony_file" -> project.testimonyFile = in.stringOrNull();
                case "testimony_sha256" -> project.testimonySha256 = in.stringOrNull();
                default -> project.putRawExtra(field, in.rawValue());
            }
        }
        return project;
    }

    /**
     * Indented: the 1.0.0 fields always, {@code null} included; {@code testimony_file} and {@code testimony_sha256}
     * (2.0.0) when set.
     */
    void write(JsonEncoder json, SchemaVersion schema) {
        json.beginObject()
                .field("path", path)
                .field("name", name)
                .field("deployed_at", deployedAt)
                .field("agents").beginArray();
        for (AgentDeployment agent : agents) {
            agent.write(json, schema);
        }
        json.endArray();
        if (schema != SchemaVersion.V1) {
            json.optional("testimony_file", testimonyFile);
            json.optional("testimony_sha256", testimonySha256);
        }
        json.extras(extra()).endObject();
    }

    /**
     * Records that the project runs {@code id@version} in {@code environment} from {@code at}.
     *
     * @return the version it ran there before, or {@code null} if the agent is new there
     */
    String deploy(String id, String version, String environment, String at, String gitCommit) {
        if (deployedAt == null) {
            deployedAt = at;
        }
        Optional<AgentDeployment> existing = agent(id, environment);
        if (existing.isEmpty()) {
            AgentDeployment added = new AgentDeployment(id, version, environment, at);
            added.gitCommit(gitCommit);
            agents.add(added);
            return null;
        }
        AgentDeployment agent = existing.get();
        String previous = agent.version();
        if (!Objects.equals(previous, version)) {
            agent.version(version, at);
        }
        if (gitCommit != null) {
            agent.gitCommit(gitCommit);
        }
        return previous;
    }

    /**
     * Marks testimony collected for the named agents (all agents when {@code agentIds} is empty).
     *
     * @return how many agent entries were marked
     */
    int collectTestimony(Set<String> agentIds, String at, String copy, String sha256) {
        int marked = 0;
        for (AgentDeployment agent : agents) {
            if (agentIds.isEmpty() || agentIds.contains(agent.id())) {
                agent.testimonyCollected(at);
                marked++;
            }
        }
        testimonyFile = copy;
        testimonySha256 = sha256;
        return marked;
    }

    void path(String value) {
        this.path = value;
    }

    /** The 1.0.0 to 2.0.0 migration: each agent entry gets an environment and, where history knows it, updated_at. */
    void migrate(String environment, BiFunction<String, String, String> lastUpdate) {
        for (AgentDeployment agent : agents) {
            agent.environment(environment);
            agent.updatedAt(lastUpdate.apply(name, agent.id()));
        }
    }

    /** Replaces JSON {@code null} lists so the rest of the code never checks. */
    void normalize() {
        if (agents == null) {
            agents = new ArrayList<>();
        }
        agents.removeIf(Objects::isNull);
    }
}
