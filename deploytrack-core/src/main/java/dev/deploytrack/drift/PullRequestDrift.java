package dev.deploytrack.drift;

import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.AgentDeployment;
import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.registry.ProjectEntry;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistrySettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code drift --base REF --head REF}: the agents a pull request changes (what its head changes since it forked from
 * the base, as GitHub's "files changed" shows it), and the environments each will need a deployment to once it is
 * merged: those that run it now, or for a new agent those the project deploys to. The same model as
 * {@link DriftCheck}: an agent changed when the object ids of its files differ.
 */
public final class PullRequestDrift {

    /**
     * The answer.
     *
     * @param project   the project
     * @param base      the base revision as given, and {@code mergeBase} the commit the head forked from
     * @param head      the head revision as given, and {@code headCommit} its commit
     * @param agents    the agents the change touches, by id
     * @param notes     what the reader should know (the project has no deployment yet, say)
     */
    public record Report(String project, String base, String head, String mergeBase, String headCommit,
                         List<Touched> agents, List<String> notes) {

        public Report {
            agents = List.copyOf(agents);
            notes = List.copyOf(notes);
        }

        /** Every environment some touched agent needs a deployment to, in promotion order. */
        public List<String> environments(RegistrySettings settings) {
            Set<String> all = new TreeSet<>((a, b) -> Integer.compare(settings.order(a), settings.order(b)));
            agents.forEach(agent -> agent.environments().forEach(need -> all.add(need.environment())));
            return List.copyOf(all);
        }
    }

    /**
     * One agent the change touches.
     *
     * @param id           the agent
     * @param change       {@code changed}, {@code added} or {@code removed}
     * @param baseVersion  its version before, or {@code null}
     * @param headVersion  its version after, or {@code null}
     * @param files        its files the change adds, changes or deletes
     * @param environments where it needs a deployment after the merge, with what runs there now
     * @param note         e.g. that its version was not raised, or where it moved from; or {@code null}
     */
    public record Touched(String id, String change, String baseVersion, String headVersion, List<String> files,
                          List<Need> environments, String note) {

        public Touched {
            files = List.copyOf(files);
            environments = List.copyOf(environments);
        }
    }

    /** An environment the agent needs deploying to, and the version it runs there now ({@code null}: none). */
    public record Need(String environment, String running) {
    }

    private final GitHistory git;
    private final Registry registry;
    private final RegistrySettings registrySettings;
    private final DriftSettings settings;

    public PullRequestDrift(GitHistory git, Registry registry, RegistrySettings registrySettings,
                            DriftSettings settings) {
        this.git = git;
        this.registry = registry;
        this.registrySettings = registrySettings;
        this.settings = settings;
    }

    /**
     * @param directory the project's directory within the repository ({@code ""} for its top)
     */
    public Report run(String project, String directory, String base, String head)
            throws DriftException, GitException {
        String headCommit = commit(head, "--head");
        String baseCommit = commit(base, "--base");
        String mergeBase = git.mergeBase(baseCommit, headCommit).orElseThrow(() -> new DriftException(
                base + " and " + head + " have no common history", "fetch the whole history (actions/checkout with "
                + "fetch-depth: 0) so the pull request's fork point is there"));
        AgentLocator locator = new AgentLocator(git, DriftCheck.prefix(directory), settings.agentPaths());
        Map<String, AgentLocator.Located> before = locator.at(mergeBase);
        Map<String, AgentLocator.Located> after = locator.at(headCommit);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<String> specs = new ArrayList<>();
        for (String id : ids) {
            if (before.containsKey(id)) {
                specs.addAll(AgentContent.specs(mergeBase, before.get(id).paths()));
            }
            if (after.containsKey(id)) {
                specs.addAll(AgentContent.specs(headCommit, after.get(id).paths()));
            }
        }
        Map<String, String> objectIds = git.objectIds(specs);
        Set<String> allPaths = new TreeSet<>();
        List<String> changed = new ArrayList<>();
        for (String id : ids) {
            AgentLocator.Located then = before.get(id);
            AgentLocator.Located now = after.get(id);
            String contentBefore = then == null ? null : AgentContent.of(objectIds, mergeBase, then.paths());
            String contentAfter = now == null ? null : AgentContent.of(objectIds, headCommit, now.paths());
            if (contentBefore == null || !contentBefore.equals(contentAfter)) {
                changed.add(id);
                if (then != null) {
                    allPaths.addAll(then.paths());
                }
                if (now != null) {
                    allPaths.addAll(now.paths());
                }
            }
        }
        List<String> files = allPaths.isEmpty() ? List.of() : git.changedFiles(mergeBase, headCommit, allPaths);
        Optional<ProjectEntry> entry = registry.project(project);
        List<String> inUse = environmentsInUse(project);
        List<Touched> touched = new ArrayList<>();
        for (String id : changed) {
            AgentLocator.Located then = before.get(id);
            AgentLocator.Located now = after.get(id);
            String kind = then == null ? "added" : now == null ? "removed" : "changed";
            List<String> own = new ArrayList<>();
            for (String file : files) {
                if ((then != null && then.owns(file)) || (now != null && now.owns(file))) {
                    own.add(file);
                }
            }
            String note = null;
            if (then != null && now != null && !then.paths().equals(now.paths())) {
                note = "moved from " + String.join(", ", then.paths());
            }
            if (kind.equals("changed") && then.version() != null && then.version().equals(now.version())) {
                note = (note == null ? "" : note + "; ") + "its version is still " + now.version()
                        + ": raise metadata.version so the registry can tell the deployments apart";
            }
            touched.add(new Touched(id, kind, then == null ? null : then.version(), now == null ? null
                    : now.version(), own, needs(id, entry, inUse), note));
        }
        List<String> notes = new ArrayList<>();
        if (inUse.isEmpty()) {
            notes.add(project + " has no deployment in the registry yet: record its first deployments with "
                    + "record-deployment");
        }
        locator.problems().forEach(problem -> notes.add("not read: " + problem));
        return new Report(project, base, head, mergeBase, headCommit, touched, notes);
    }

    private String commit(String revision, String option) throws DriftException, GitException {
        Optional<String> commit = git.commit(revision);
        if (commit.isEmpty()) {
            throw new DriftException("'" + revision + "' (" + option + ") is not a commit of this repository",
                    git.shallow() ? "this is a shallow clone: fetch the whole history (actions/checkout with "
                            + "fetch-depth: 0)" : "fetch it first (git fetch origin " + revision + ")");
        }
        return commit.get();
    }

    /** Where the agent runs now, in promotion order; a new agent goes wherever the project deploys. */
    private List<Need> needs(String id, Optional<ProjectEntry> entry, List<String> inUse) {
        List<Need> needs = new ArrayList<>();
        for (String environment : registrySettings.environments()) {
            Optional<AgentDeployment> running = entry.flatMap(p -> p.agent(id, environment));
            if (running.isPresent()) {
                needs.add(new Need(environment, running.get().version()));
            }
        }
        if (needs.isEmpty()) {
            inUse.forEach(environment -> needs.add(new Need(environment, null)));
        }
        return needs;
    }

    private List<String> environmentsInUse(String project) {
        Set<String> used = new LinkedHashSet<>();
        for (HistoryEntry entry : registry.history()) {
            if (project.equals(entry.project()) && (entry.isDeployment() || entry.isComponentDeployment())
                    && entry.environment() != null) {
                used.add(entry.environment());
            }
        }
        List<String> ordered = new ArrayList<>();
        for (String environment : registrySettings.environments()) {
            if (used.contains(environment)) {
                ordered.add(environment);
            }
        }
        return ordered;
    }
}
