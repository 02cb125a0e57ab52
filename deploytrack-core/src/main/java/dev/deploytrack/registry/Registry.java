package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole deployment registry as it is in {@code deployments/registry.json}: which agents at which versions run in
 * which projects, the history of every deployment, approvals (2.0.0) and derived statistics. Mutable on purpose: an
 * operation loads it under the store's lock, changes it in place and the store writes it back. It remembers the
 * bytes it was read from, so that a write copies what did not change instead of serializing it again.
 */
@JsonPropertyOrder({"registry_version", "last_updated", "projects", "deployment_history", "approvals",
        "statistics"})
public final class Registry extends ExtraFields {

    @JsonProperty("registry_version")
    private String registryVersion;
    @JsonProperty("last_updated")
    private String lastUpdated;
    @JsonProperty("projects")
    private List<ProjectEntry> projects = new ArrayList<>();
    @JsonProperty("deployment_history")
    private List<HistoryEntry> deploymentHistory = new ArrayList<>();
    @JsonProperty("approvals")
    @JsonView(SchemaVersion.Views.V2.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private List<Approval> approvals = new ArrayList<>();
    @JsonProperty("statistics")
    private Statistics statistics = new Statistics();

    /**
     * The bytes this registry was read from (or last written as), and where its history list sat in them: the
     * first {@code historySourceCount} entries span {@code [historySourceStart, historySourceEnd)}.
     */
    private transient byte[] source;
    private transient int historySourceCount;
    private transient int historySourceStart;
    private transient int historySourceEnd;

    Registry() {
    }

    /** A registry with nothing in it, in the current format. */
    public static Registry empty() {
        Registry registry = new Registry();
        registry.registryVersion = SchemaVersion.CURRENT.id();
        return registry;
    }

    public String registryVersion() {
        return registryVersion;
    }

    public SchemaVersion schemaVersion() {
        return SchemaVersion.of(registryVersion).orElseThrow();
    }

    public String lastUpdated() {
        return lastUpdated;
    }

    public List<ProjectEntry> projects() {
        return Collections.unmodifiableList(projects);
    }

    /** The deployment history, oldest first. */
    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(deploymentHistory);
    }

    public List<Approval> approvals() {
        return Collections.unmodifiableList(approvals);
    }

    public Statistics statistics() {
        return statistics;
    }

    public Optional<ProjectEntry> project(String name) {
        for (ProjectEntry project : projects) {
            if (Objects.equals(project.name(), name)) {
                return Optional.of(project);
            }
        }
        return Optional.empty();
    }

    ProjectEntry addProject(String name, String path, String at) {
        ProjectEntry project = new ProjectEntry(name, path, at);
        projects.add(project);
        return project;
    }

    void append(HistoryEntry entry) {
        deploymentHistory.add(entry);
    }

    void add(Approval approval) {
        approvals.add(approval);
    }

    void projects(List<ProjectEntry> value) {
        this.projects = value;
    }

    void history(List<HistoryEntry> value) {
        this.deploymentHistory = value;
    }

    void approvals(List<Approval> value) {
        this.approvals = value;
    }

    void readStatistics(Statistics value) {
        this.statistics = value;
    }

    void registryVersion(SchemaVersion version) {
        this.registryVersion = version.id();
    }

    void lastUpdated(String value) {
        this.lastUpdated = value;
    }

    void statistics(Statistics value) {
        value.keepExtraFrom(statistics);
        this.statistics = value;
    }

    /** Replaces JSON {@code null}s in lists so the rest of the code never checks. */
    void normalize() {
        if (projects == null) {
            projects = new ArrayList<>();
        }
        if (deploymentHistory == null) {
            deploymentHistory = new ArrayList<>();
        }
        if (approvals == null) {
            approvals = new ArrayList<>();
        }
        if (statistics == null) {
            statistics = new Statistics();
        }
        projects.removeIf(Objects::isNull);
        approvals.removeIf(Objects::isNull);
        if (deploymentHistory.removeIf(Objects::isNull)) {
            historySourceCount = 0; // the source list had holes: serialize it afresh
        }
        projects.forEach(ProjectEntry::normalize);
    }

    void source(byte[] bytes, int historyCount, int historyStart, int historyEnd) {
        this.source = bytes;
        this.historySourceCount = historyCount;
        this.historySourceStart = historyStart;
        this.historySourceEnd = historyEnd;
    }

    /** After a change to entries already in the file (a migration): everything is serialized on the next write. */
    void forgetSource() {
        source = null;
        historySourceCount = 0;
        projects.forEach(ProjectEntry::markChanged);
    }

    byte[] source() {
        return source;
    }

    int historySourceCount() {
        return source == null ? 0 : historySourceCount;
    }

    int historySourceStart() {
        return historySourceStart;
    }

    int historySourceEnd() {
        return historySourceEnd;
    }
}
