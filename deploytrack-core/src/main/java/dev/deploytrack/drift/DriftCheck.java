package dev.deploytrack.drift;

import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.AgentDeployment;
import dev.deploytrack.registry.CommitId;
import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.registry.ProjectEntry;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code deploytrack drift}: for each environment and each agent of a project, whether the agent's files changed
 * between the commit deployed there and a target commit (the branch's head, or the commit of the application's last
 * deployment there), and if so since when.
 *
 * <p>What counts as a change: the content of the agent's own files (its skill directory, its definition, or the
 * paths {@code drift.agents} names), compared by git object id at both commits. A commit that touches only other
 * files is never drift; a change and its revert leave the same object ids, so no drift; a skill directory moved
 * without a change to its content is not drift. When the files differ, the changes are the commits of the target's
 * first-parent history that touched them (a merge or a squash counts once, at the time it landed on the branch), and
 * the age is that of the oldest change since the files last had their deployed content.
 *
 * <p>Every question is one git process for all agents and environments (see {@link GitHistory}), so a project of
 * fifty agents in three environments costs a dozen processes, not hundreds.
 */
public final class DriftCheck {

    /**
     * What to check.
     *
     * @param project            the project's name in the registry
     * @param directory          the project's directory within the repository ({@code ""} for its top)
     * @param environments       the environments to check, or empty for all, in promotion order
     * @param target             the revision to compare with ({@code null}: {@code HEAD})
     * @param againstApplication compare each environment with the application's last deployment there instead
     * @param maxAge             a limit for every environment checked, replacing the configured ones; or {@code null}
     */
    public record Request(String project, String directory, List<String> environments, String target,
                          boolean againstApplication, Duration maxAge) {

        public Request {
            environments = List.copyOf(environments);
        }
    }

    private static final String ABSENT = AgentContent.ABSENT;

    private final GitHistory git;
    private final Registry registry;
    private final RegistrySettings registrySettings;
    private final DriftSettings settings;
    private final Clock clock;

    /**
     * @param registry the registry, read (a 1.0.0 registry migrated in memory, so every entry names its environment)
     */
    public DriftCheck(GitHistory git, Registry registry, RegistrySettings registrySettings, DriftSettings settings,
                      Clock clock) {
        this.git = git;
        this.registry = registry;
        this.registrySettings = registrySettings;
        this.settings = settings;
        this.clock = clock;
    }

    public DriftReport run(Request request) throws DriftException, GitException {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<String> notes = new ArrayList<>();
        List<String> environments = environments(request.environments());
        String project = request.project();
        Optional<ProjectEntry> entry = registry.project(project);
        List<HistoryEntry> history = registry.history().stream().filter(e -> project.equals(e.project())).toList();
        if (entry.isEmpty() && history.isEmpty()) {
            throw new DriftException(Message.of("the registry has no deployment of " + project + "; drift compares "
                    + "what was deployed with the code"), Message.of("record deployments with record-deployment (",
                    Message.option(Setting.COMPONENT, settings.component()), " for the application), or name "
                    + "another project (", Message.option(Setting.PROJECT_NAME, "NAME"), ")"));
        }
        String prefix = prefix(request.directory());
        AgentLocator locator = new AgentLocator(git, prefix, settings.agentPaths());
        boolean shallow = git.shallow();

        String head = null;
        String targetName;
        if (request.againstApplication()) {
            targetName = "the application's deployment (" + settings.component() + ")";
        } else {
            String revision = request.target() == null ? "HEAD" : request.target();
            head = git.commit(revision).orElseThrow(() -> new DriftException(Message.of("'" + revision + "' (",
                    Message.option(Setting.DRIFT_TARGET, revision), ") is not a commit of this repository"),
                    Message.text(shallow ? "this is a shallow clone: fetch the whole history (actions/checkout "
                            + "with fetch-depth: 0, or git fetch --unshallow)" : "give a branch, tag or commit")));
            targetName = revision;
        }

        Map<String, DriftReport.Deployment> applications = applications(history);
        Map<String, String> targets = new LinkedHashMap<>();
        Set<String> commits = new TreeSet<>();
        for (String environment : environments) {
            DriftReport.Deployment application = applications.get(environment);
            String target = request.againstApplication() ? application == null ? null : application.commit() : head;
            targets.put(environment, target);
            if (target != null) {
                commits.add(target);
            }
            entry.ifPresent(p -> p.agents().stream().filter(a -> environment.equals(a.environment()))
                    .map(AgentDeployment::gitCommit).filter(Objects::nonNull).forEach(commits::add));
        }
        Set<String> present = present(commits);
        if (shallow) {
            for (String commit : commits) {
                if (!present.contains(commit)) {
                    throw new DriftException("commit " + shortId(commit) + ", deployed to this project, is not in "
                            + "this shallow clone, so drift cannot be told",
                            "fetch the whole history: actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 in GitLab "
                                    + "CI, or git fetch --unshallow");
                }
            }
            notes.add("shallow clone: every commit compared is in it");
        }

        List<Work> works = new ArrayList<>();
        List<EnvironmentWork> checked = new ArrayList<>();
        for (String environment : environments) {
            checked.add(environment(environment, targets.get(environment), applications.get(environment), entry,
                    history, present, request, locator, works));
        }
        compare(works, locator);
        placeOnBranch(works);
        assignChanges(works);
        age(works, now);

        List<DriftReport.Environment> result = new ArrayList<>();
        for (EnvironmentWork environment : checked) {
            List<DriftReport.Agent> agents = new ArrayList<>();
            for (Work work : environment.works) {
                agents.add(work.result(environment.maxAge, environment.application));
            }
            result.add(new DriftReport.Environment(environment.name, environment.target, targetName,
                    environment.application, environment.maxAge, agents, environment.note));
        }
        notes.addAll(locator.problems().stream().map(problem -> "not read: " + problem).toList());
        return new DriftReport(project, now, targetName, result, notes);
    }

    private List<String> environments(List<String> asked) throws DriftException {
        List<String> unknown = settings.unknownEnvironments(registrySettings);
        if (!unknown.isEmpty()) {
            throw new DriftException(String.join("; ", unknown), "name environments of registry.environments, or "
                    + "add them there");
        }
        if (asked.isEmpty()) {
            return registrySettings.environments();
        }
        List<String> ordered = new ArrayList<>();
        for (String environment : registrySettings.environments()) {
            if (asked.contains(environment)) {
                ordered.add(environment);
            }
        }
        for (String environment : asked) {
            if (!registrySettings.environments().contains(environment)) {
                throw new DriftException(Message.of("unknown environment '" + environment + "' (",
                        Message.option(Setting.ENVIRONMENT, environment), "); the configured environments are "
                        + String.join(", ", registrySettings.environments())), null);
            }
        }
        return ordered;
    }

    /** The latest deployment of the application's component in each environment. */
    private Map<String, DriftReport.Deployment> applications(List<HistoryEntry> history) {
        Map<String, DriftReport.Deployment> latest = new HashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.isComponentDeployment() && settings.component().equals(entry.component())
                    && entry.gitCommit() != null && entry.environment() != null) {
                latest.put(entry.environment(), new DriftReport.Deployment(entry.component(), entry.gitCommit(),
                        entry.version(), instant(entry.timestamp())));
            }
        }
        return latest;
    }

    private Set<String> present(Collection<String> commits) throws GitException {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String commit : commits) {
            // A registry records commit ids, and refuses to read anything else (CommitId). Checked here again, as
            // defence in depth: any other text (a branch that moves, or a ref named like an option,
            // refs/tags/--output=FILE, which git would take as one further on) is never handed to git: it counts as
            // a commit not in this repository.
            if (CommitId.isValid(commit)) {
                specs.put(commit, commit + "^{commit}");
            }
        }
        Map<String, String> ids = git.objectIds(specs.values());
        Set<String> present = new java.util.HashSet<>();
        specs.forEach((commit, spec) -> {
            String id = ids.get(spec);
            // A short or ambiguous id resolves to its full id; keep the registry's text as the key.
            if (id != null) {
                present.add(commit);
            }
        });
        return present;
    }

    private EnvironmentWork environment(String environment, String target, DriftReport.Deployment application,
                                        Optional<ProjectEntry> project, List<HistoryEntry> history,
                                        Set<String> present, Request request, AgentLocator locator,
                                        List<Work> works) throws GitException {
        Duration maxAge = request.maxAge() != null ? request.maxAge()
                : settings.maxAge(environment, registrySettings).orElse(null);
        EnvironmentWork result = new EnvironmentWork(environment, target, application, maxAge);
        boolean inUse = history.stream().anyMatch(e -> environment.equals(e.environment())
                && (e.isDeployment() || e.isComponentDeployment()));
        if (!inUse) {
            result.note = "nothing of " + request.project() + " was deployed to " + environment + " yet";
            return result;
        }
        if (target == null) {
            result.note = "the application (" + settings.component() + ") has no deployment recorded in "
                    + environment + " to compare with";
            return result;
        }
        Map<String, AgentDeployment> deployed = new LinkedHashMap<>();
        project.ifPresent(p -> p.agents().stream().filter(a -> environment.equals(a.environment()))
                .forEach(a -> deployed.put(a.id(), a)));
        Map<String, Instant> lastDeployed = new HashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.isDeployment() && environment.equals(entry.environment())) {
                lastDeployed.put(entry.agent(), instant(entry.timestamp()));
            }
        }
        if (!present.contains(target)) {
            result.note = "the application's deployed commit " + shortId(target) + " is not in this repository "
                    + "(a force-pushed branch, or another repository): the agents cannot be compared with it";
            for (AgentDeployment agent : deployed.values()) {
                Work work = new Work(environment, agent.id(), target, agent, lastDeployed.get(agent.id()), null);
                work.status = DriftStatus.UNKNOWN;
                work.note = "the target commit is not in this repository";
                result.works.add(work);
            }
            return result;
        }
        Map<String, AgentLocator.Located> atTarget = locator.at(target);
        Set<String> ids = new TreeSet<>(atTarget.keySet());
        ids.addAll(deployed.keySet());
        for (String id : ids) {
            AgentDeployment agent = deployed.get(id);
            Work work = new Work(environment, id, target, agent, agent == null ? null : lastDeployed.get(id),
                    atTarget.get(id));
            if (agent == null) {
                work.status = DriftStatus.NEVER_DEPLOYED;
            } else if (agent.gitCommit() == null) {
                work.status = DriftStatus.UNKNOWN;
                work.note = "deployed without a recorded commit (record deployments with --git-commit, or in CI "
                        + "where GITHUB_SHA or CI_COMMIT_SHA gives it)";
            } else if (!present.contains(agent.gitCommit())) {
                work.status = DriftStatus.UNKNOWN;
                work.note = "deployed from " + shortId(agent.gitCommit()) + ", which is not in this repository: a "
                        + "force-pushed branch, or a commit of another repository; deploy it again from this history";
            }
            result.works.add(work);
            works.add(work);
        }
        return result;
    }

    /** Compares each deployed agent's content at its deployed commit and at the target, in two batches. */
    private void compare(List<Work> works, AgentLocator locator) throws GitException {
        List<Work> pending = works.stream().filter(w -> w.status == null).toList();
        List<String> specs = new ArrayList<>();
        for (Work work : pending) {
            if (work.atTarget != null) {
                work.pathsAtDeployed = work.atTarget.paths();
                specs.addAll(AgentContent.specs(work.target, work.atTarget.paths()));
                specs.addAll(AgentContent.specs(work.deployedCommit(), work.atTarget.paths()));
            }
        }
        Map<String, String> ids = git.objectIds(specs);
        specs.clear();
        for (Work work : pending) {
            boolean missingAtDeployed = work.atTarget == null
                    || AgentContent.of(ids, work.deployedCommit(), work.atTarget.paths()).equals(ABSENT);
            if (missingAtDeployed && !locator.isConfigured(work.id)) {
                // Renamed or moved since the deployment, or removed from the target: where was it then?
                AgentLocator.Located then = locator.at(work.deployedCommit()).get(work.id);
                work.pathsAtDeployed = then == null ? work.pathsAtDeployed : then.paths();
                if (then != null) {
                    specs.addAll(AgentContent.specs(work.deployedCommit(), then.paths()));
                }
            }
        }
        ids.putAll(git.objectIds(specs));
        for (Work work : pending) {
            if (work.atTarget == null && work.pathsAtDeployed == null) {
                work.status = DriftStatus.UNKNOWN;
                work.tracked = false;
                work.note = "no files of this agent in the project at its deployed commit or the target; name them "
                        + "under drift.agents." + work.id + ".paths to track it";
                continue;
            }
            work.deployedContent = AgentContent.of(ids, work.deployedCommit(), work.pathsAtDeployed);
            String targetContent = work.atTarget == null ? ABSENT
                    : AgentContent.of(ids, work.target, work.atTarget.paths());
            if (work.deployedContent.equals(targetContent)) {
                work.status = DriftStatus.IN_SYNC;
                if (work.atTarget != null && !work.atTarget.paths().equals(work.pathsAtDeployed)) {
                    work.note = "moved from " + String.join(", ", work.pathsAtDeployed) + " with the same content";
                }
            } else {
                work.status = work.atTarget == null ? DriftStatus.REMOVED : DriftStatus.DRIFTED;
                if (work.atTarget != null && !work.atTarget.paths().equals(work.pathsAtDeployed)) {
                    work.note = "moved from " + String.join(", ", work.pathsAtDeployed);
                }
            }
        }
    }

    /**
     * Where each drifted agent's deployed commit sits on the target's first-parent history: on it (the usual
     * case), an ancestor merged from a branch, after the target (ahead), or outside its history (a force-push).
     */
    private void placeOnBranch(List<Work> works) throws GitException {
        Map<String, List<Work>> byTarget = new LinkedHashMap<>();
        for (Work work : works) {
            if (work.status == DriftStatus.DRIFTED || work.status == DriftStatus.REMOVED) {
                byTarget.computeIfAbsent(work.target, k -> new ArrayList<>()).add(work);
            }
        }
        for (Map.Entry<String, List<Work>> target : byTarget.entrySet()) {
            Set<String> wanted = new LinkedHashSet<>();
            target.getValue().forEach(work -> wanted.add(work.deployedCommit()));
            List<String> mainline = git.firstParents(target.getKey(), resolvedIds(wanted));
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < mainline.size(); i++) {
                positions.put(mainline.get(i), i);
            }
            Map<String, String> full = fullIds(wanted);
            for (Work work : target.getValue()) {
                Integer position = positions.get(full.get(work.deployedCommit()));
                if (position != null) {
                    work.position = position;
                    work.positions = positions;
                } else if (git.isAncestor(work.deployedCommit(), work.target)) {
                    work.offMainline = true;
                } else if (git.isAncestor(work.target, work.deployedCommit())) {
                    work.status = DriftStatus.AHEAD;
                    work.note = "deployed from " + shortId(work.deployedCommit()) + ", after the target";
                } else {
                    work.diverged = true;
                    work.note = "deployed from " + shortId(work.deployedCommit()) + ", which is not in the history "
                            + "of the target (a force-pushed branch?); deploy it again from this history";
                }
            }
        }
    }

    /** The changes of each agent behind: one walk of each target's first-parent history for all of them. */
    private void assignChanges(List<Work> works) throws GitException {
        Map<String, List<Work>> onMainline = new LinkedHashMap<>();
        Map<String, List<Work>> neverDeployed = new LinkedHashMap<>();
        for (Work work : works) {
            if ((work.status == DriftStatus.DRIFTED || work.status == DriftStatus.REMOVED) && work.position >= 0) {
                onMainline.computeIfAbsent(work.target, k -> new ArrayList<>()).add(work);
            } else if (work.status == DriftStatus.NEVER_DEPLOYED) {
                neverDeployed.computeIfAbsent(work.target, k -> new ArrayList<>()).add(work);
            } else if (work.offMainline) {
                work.landed = owned(work, git.landed(work.target, work.deployedCommit(), work.allPaths()));
            }
        }
        for (Map.Entry<String, List<Work>> target : onMainline.entrySet()) {
            Work oldest = target.getValue().stream().max((a, b) -> Integer.compare(a.position, b.position))
                    .orElseThrow();
            List<GitHistory.Landed> landed = git.landed(target.getKey(), oldest.deployedCommit(),
                    paths(target.getValue()));
            for (Work work : target.getValue()) {
                List<GitHistory.Landed> after = new ArrayList<>();
                for (GitHistory.Landed change : landed) {
                    Integer position = work.positions.get(change.commit());
                    if (position != null && position < work.position) {
                        after.add(change);
                    }
                }
                work.landed = owned(work, after);
            }
        }
        for (Map.Entry<String, List<Work>> target : neverDeployed.entrySet()) {
            List<GitHistory.Landed> landed = git.landed(target.getKey(), null, paths(target.getValue()));
            for (Work work : target.getValue()) {
                work.landed = owned(work, landed);
            }
        }
    }

    /**
     * The age of each agent behind: the oldest change since its files last had their deployed content (a change
     * reverted later leaves the content as deployed, and what came before the revert is not waiting).
     */
    private void age(List<Work> works, Instant now) throws GitException {
        List<String> specs = new ArrayList<>();
        for (Work work : works) {
            if (work.landed != null) {
                for (GitHistory.Landed change : work.landed) {
                    specs.addAll(AgentContent.specs(change.commit(), work.allPaths()));
                }
            }
        }
        Map<String, String> ids = git.objectIds(specs);
        for (Work work : works) {
            if (work.landed == null) {
                continue;
            }
            String deployed = work.status == DriftStatus.NEVER_DEPLOYED ? ABSENT : work.deployedContent;
            List<GitHistory.Landed> oldestFirst = new ArrayList<>(work.landed);
            java.util.Collections.reverse(oldestFirst);
            int lastAsDeployed = -1;
            for (int i = 0; i < oldestFirst.size(); i++) {
                if (work.contentAt(ids, oldestFirst.get(i).commit()).equals(deployed)) {
                    lastAsDeployed = i;
                }
            }
            List<DriftReport.Change> changes = new ArrayList<>();
            for (GitHistory.Landed change : oldestFirst.subList(lastAsDeployed + 1, oldestFirst.size())) {
                changes.add(new DriftReport.Change(change.commit(), change.time(), change.subject(), change.merge()));
            }
            work.changes = changes;
            if (!changes.isEmpty()) {
                Duration age = Duration.between(changes.get(0).time(), now);
                work.age = age.isNegative() ? Duration.ZERO : age;
            }
        }
    }

    private List<GitHistory.Landed> owned(Work work, List<GitHistory.Landed> landed) {
        List<GitHistory.Landed> owned = new ArrayList<>();
        for (GitHistory.Landed change : landed) {
            if (change.files().stream().anyMatch(work::owns)) {
                owned.add(change);
            }
        }
        return owned;
    }

    private static Set<String> paths(List<Work> works) {
        Set<String> paths = new TreeSet<>();
        works.forEach(work -> paths.addAll(work.allPaths()));
        return paths;
    }

    /** The registry's commit ids as git's full ids (a registry may hold abbreviated ones). */
    private Map<String, String> fullIds(Set<String> commits) throws GitException {
        Map<String, String> specs = new LinkedHashMap<>();
        commits.forEach(commit -> specs.put(commit, commit + "^{commit}"));
        Map<String, String> ids = git.objectIds(specs.values());
        Map<String, String> full = new HashMap<>();
        specs.forEach((commit, spec) -> {
            String id = ids.get(spec);
            full.put(commit, id == null ? commit : id.substring(0, id.indexOf(' ')));
        });
        return full;
    }

    private Set<String> resolvedIds(Set<String> commits) throws GitException {
        return new LinkedHashSet<>(fullIds(commits).values());
    }

    static String prefix(String directory) {
        String value = directory == null ? "" : directory.replace('\\', '/');
        while (value.startsWith("./")) {
            value = value.substring(2);
        }
        if (value.equals(".") || value.isEmpty()) {
            return "";
        }
        return value.endsWith("/") ? value : value + "/";
    }

    static String shortId(String commit) {
        return commit == null ? "-" : commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    private static Instant instant(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An environment being checked. */
    private static final class EnvironmentWork {

        final String name;
        final String target;
        final DriftReport.Deployment application;
        final Duration maxAge;
        final List<Work> works = new ArrayList<>();
        String note;

        EnvironmentWork(String name, String target, DriftReport.Deployment application, Duration maxAge) {
            this.name = name;
            this.target = target;
            this.application = application;
            this.maxAge = maxAge;
        }
    }

    /** One agent in one environment, as the batches fill it in. */
    private static final class Work {

        final String environment;
        final String id;
        final String target;
        final AgentDeployment deployment;
        final Instant lastDeployed;
        final AgentLocator.Located atTarget;
        DriftStatus status;
        String note;
        boolean tracked = true;
        List<String> pathsAtDeployed;
        String deployedContent;
        int position = -1;
        Map<String, Integer> positions;
        boolean offMainline;
        boolean diverged;
        List<GitHistory.Landed> landed;
        List<DriftReport.Change> changes = List.of();
        Duration age;

        Work(String environment, String id, String target, AgentDeployment deployment, Instant lastDeployed,
             AgentLocator.Located atTarget) {
            this.environment = environment;
            this.id = id;
            this.target = target;
            this.deployment = deployment;
            this.lastDeployed = lastDeployed;
            this.atTarget = atTarget;
        }

        String deployedCommit() {
            return deployment == null ? null : deployment.gitCommit();
        }

        /** Its paths at the target and at the deployed commit (they differ when it moved). */
        List<String> allPaths() {
            Set<String> paths = new LinkedHashSet<>();
            if (atTarget != null) {
                paths.addAll(atTarget.paths());
            }
            if (pathsAtDeployed != null) {
                paths.addAll(pathsAtDeployed);
            }
            return List.copyOf(paths);
        }

        boolean owns(String file) {
            for (String path : allPaths()) {
                if (path.endsWith("/") ? file.startsWith(path) : file.equals(path)) {
                    return true;
                }
            }
            return false;
        }

        /** Its content at a commit, wherever it was then: at its target paths, else at its deployed ones. */
        String contentAt(Map<String, String> ids, String commit) {
            if (atTarget != null) {
                String there = AgentContent.of(ids, commit, atTarget.paths());
                if (!there.equals(ABSENT) || pathsAtDeployed == null || pathsAtDeployed.equals(atTarget.paths())) {
                    return there;
                }
            }
            return pathsAtDeployed == null ? ABSENT : AgentContent.of(ids, commit, pathsAtDeployed);
        }

        DriftReport.Agent result(Duration maxAge, DriftReport.Deployment application) {
            Duration gap = application != null && lastDeployed != null && application.at() != null
                    ? Duration.between(lastDeployed, application.at()) : null;
            boolean behind = status.behind() && tracked;
            Duration shownAge = diverged || status == DriftStatus.UNKNOWN ? null : age;
            boolean past = behind && maxAge != null && (shownAge == null || shownAge.compareTo(maxAge) >= 0);
            List<String> paths = atTarget != null ? atTarget.paths() : pathsAtDeployed == null ? List.of()
                    : pathsAtDeployed;
            return new DriftReport.Agent(id, status, deployment == null ? null : deployment.version(),
                    deployedCommit(), lastDeployed, atTarget == null ? null : atTarget.version(), paths,
                    behind ? changes : List.of(), behind ? shownAge : null, gap, past, note);
        }
    }
}
