package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    private List<Approval> approvals = new ArrayList<>();
    @JsonProperty("statistics")
    private Statistics statistics = new Statistics();

    /** The one project a scoped registry holds (see {@link #isScoped()}), or {@code null}. */
    private transient String scope;

    /** Where the store that gave this registry to an update keeps testimony reports, or {@code null}. */
    private transient TestimonyShelf testimonies;

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

    /** Adds a whole project, as {@code registry import} takes it from a file. */
    void add(ProjectEntry project) {
        projects.add(project);
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
        deploymentHistory.removeIf(Objects::isNull);
        projects.forEach(ProjectEntry::normalize);
    }

    /** A whole 2.0.0 registry from its parts (the PostgreSQL backend reads it so). */
    static Registry of(String lastUpdated, List<ProjectEntry> projects, List<HistoryEntry> history,
                       List<Approval> approvals, Statistics statistics) {
        Registry registry = empty();
        registry.lastUpdated = lastUpdated;
        registry.projects = new ArrayList<>(projects);
        registry.deploymentHistory = new ArrayList<>(history);
        registry.approvals = new ArrayList<>(approvals);
        registry.statistics = statistics;
        return registry;
    }

    /** A registry holding only what the file says about {@code project}: see the class comment. */
    static Registry scoped(String project, String lastUpdated, ProjectEntry entry, List<HistoryEntry> history,
                           List<Approval> approvals, Statistics statistics) {
        Registry registry = new Registry();
        registry.scope = project;
        registry.registryVersion = SchemaVersion.CURRENT.id();
        registry.lastUpdated = lastUpdated;
        registry.projects = entry == null ? new ArrayList<>() : new ArrayList<>(List.of(entry));
        registry.deploymentHistory = new ArrayList<>(history);
        registry.approvals = new ArrayList<>(approvals);
        registry.statistics = statistics;
        return registry;
    }

    /**
     * Whether this registry holds one project's part only: then {@link #projects()}, {@link #history()} and
     * {@link #approvals()} are about {@link #scope()} alone, and the statistics are the stored ones.
     */
    /**
     * The testimony reports of the store this registry was given by, for an update to file one as part of it; empty
     * for a registry no store gave to an update (a query, a dry run, a file to import).
     */
    Optional<TestimonyShelf> testimonies() {
        return Optional.ofNullable(testimonies);
    }

    void testimonies(TestimonyShelf shelf) {
        this.testimonies = shelf;
    }

    boolean isScoped() {
        return scope != null;
    }

    String scope() {
        return scope;
    }
}
