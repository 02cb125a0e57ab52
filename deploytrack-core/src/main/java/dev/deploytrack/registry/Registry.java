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

    /**
     * Whether the registry knows where its elements are in its source: the bytes it was read from
     * ({@code sourceBytes}) or the file it was last written as ({@code sourceBytes == null}). The first
     * {@code historySourceCount} history entries span {@code [historySourceStart, historySourceEnd)} there.
     */
    private transient boolean hasSource;
    private transient byte[] sourceBytes;
    private transient int historySourceCount;
    private transient long historySourceStart;
    private transient long historySourceEnd;
    /** Deployment counts over the first entries of the history, extended on each write (StatisticsDeriver). */
    private transient StatisticsDeriver.Tally tally;

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
            tally = null;
        }
        projects.forEach(ProjectEntry::normalize);
    }

    /** The registry was read from {@code bytes}; elements not changed since can be copied from them. */
    void sourceBytes(byte[] bytes, int historyCount, long historyStart, long historyEnd) {
        this.hasSource = true;
        this.sourceBytes = bytes;
        this.historySourceCount = historyCount;
        this.historySourceStart = historyStart;
        this.historySourceEnd = historyEnd;
    }

    /** The registry was just written to its file; elements not changed since can be copied from that file. */
    void sourceIsFile(int historyCount, long historyStart, long historyEnd) {
        sourceBytes(null, historyCount, historyStart, historyEnd);
    }

    /** The file the registry was read from holds the same bytes: copy from there and let the array go. */
    void dropSourceBytes() {
        sourceBytes = null;
    }

    /** After a change to entries already in the file (a migration): everything is serialized on the next write. */
    void forgetSource() {
        hasSource = false;
        sourceBytes = null;
        historySourceCount = 0;
        tally = null;
        projects.forEach(ProjectEntry::markChanged);
    }

    boolean hasSource() {
        return hasSource;
    }

    /** The bytes the registry was read from, or {@code null} when its source is its file. */
    byte[] sourceBytes() {
        return sourceBytes;
    }

    int historySourceCount() {
        return hasSource ? historySourceCount : 0;
    }

    StatisticsDeriver.Tally tally() {
        return tally;
    }

    void tally(StatisticsDeriver.Tally value) {
        this.tally = value;
    }

    long historySourceStart() {
        return historySourceStart;
    }

    long historySourceEnd() {
        return historySourceEnd;
    }
}
