package dev.deploytrack.registry;

import dev.deploytrack.check.Sizes;
import dev.deploytrack.secrets.SecretMatch;
import dev.deploytrack.secrets.SecretScanner;
import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The registry's operations, the one implementation both front doors call: {@code record-deployment},
 * {@code approve}, {@code rollback}, {@code testimony}. Each runs as one locked update of the {@link RegistryStore},
 * checks everything before it changes anything, and rewrites the summaries of the projects it touched.
 */
public final class RegistryService implements AutoCloseable {

    /** The environment variable that names the registry (a file, or a PostgreSQL URL kept as a CI secret). */
    public static final String REGISTRY_VARIABLE = "DEPLOYTRACK_REGISTRY";

    /** Testimonies are text: anything larger is refused rather than kept in the registry. */
    public static final long MAX_TESTIMONY_SIZE = TestimonyShelf.MAX_SIZE;

    private final RegistryStore store;
    private final RegistrySettings settings;
    private final PromotionPolicy policy;
    private final Path root;
    private final ProjectSummaryWriter summaries;
    private final Clock clock;

    /**
     * @param root     the registry's root: project paths are recorded relative to it and testimonies are copied
     *                 under it ({@code settings.testimonies()})
     * @param store    the registry file
     * @param settings environments and paths from {@code deploytrack.yml}
     */
    public RegistryService(Path root, RegistryStore store, RegistrySettings settings, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.store = store;
        this.settings = settings;
        this.policy = new PromotionPolicy(settings);
        this.clock = clock;
        store.testimonyRoot(this.root);
        this.summaries = store.pagesDirectory().map(directory -> new ProjectSummaryWriter(directory, settings,
                store.displayName())).orElse(null);
    }

    /**
     * The service for the repository at {@code root}: the registry is {@code registryFile}, or
     * {@code registry.path} from the settings under the root.
     */
    public static RegistryService open(Path root, RegistrySettings settings, Path registryFile, Clock clock) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path file = registryFile != null ? registryFile.toAbsolutePath().normalize()
                : absoluteRoot.resolve(settings.path()).normalize();
        String displayName = file.startsWith(absoluteRoot)
                ? absoluteRoot.relativize(file).toString().replace('\\', '/') : file.toString();
        // A registry named explicitly may lie anywhere; the configured one must stay inside the repository.
        RegistryStore store = registryFile != null
                ? new FileRegistryStore(file, displayName, settings.legacyEnvironment(), clock)
                : new FileRegistryStore(absoluteRoot, file, displayName, settings.legacyEnvironment(), clock);
        return new RegistryService(absoluteRoot, store, settings, clock);
    }

    /**
     * The service on the registry a front door was given, by precedence: its own option ({@code --registry} on the
     * command line, the goal's {@code registry} parameter), the {@value #REGISTRY_VARIABLE} variable,
     * {@code registry.url} and then {@code registry.path} in deploytrack.yml. A value starting with
     * {@code jdbc:postgresql:} is a PostgreSQL database; anything else is a file, resolved by {@code resolve} (the
     * command line's working directory, the goal's directory).
     *
     * @param option      the front door's own option, or {@code null}
     * @param environment the process environment ({@value #REGISTRY_VARIABLE}, {@code PGPASSWORD})
     */
    public static RegistryService open(Path root, RegistrySettings settings, String option,
                                       Map<String, String> environment, Function<String, Path> resolve, Clock clock)
            throws RegistryException {
        RegistryLocation location = RegistryLocation.resolve(option, environment, settings);
        if (location.isDatabase()) {
            return new RegistryService(root, PostgresRegistryStore.open(location, environment, clock), settings, clock);
        }
        return open(root, settings, location.operator() ? resolve.apply(location.value()) : null, clock);
    }

    @Override
    public void close() throws RegistryException {
        store.close();
    }

    public RegistryStore store() {
        return store;
    }

    public RegistrySettings settings() {
        return settings;
    }

    /** The writer of the per-project pages, or {@code null} when the backend keeps none (PostgreSQL). */
    public ProjectSummaryWriter summaries() {
        return summaries;
    }

    /** Reads the registry for a query. */
    public Registry read() throws RegistryException {
        return store.read();
    }

    /**
     * {@code registry import FILE}: loads a JSON registry (1.0.0 or 2.0.0) into this registry, whatever its backend,
     * as {@link RegistryImport} merges it; importing the same file twice changes nothing.
     */
    public RegistryStore.Update<RegistryImport.Imported> importFrom(Path file)
            throws RegistryException, RefusedException, InvalidRequestException {
        String name = file.toString();
        Registry source;
        try {
            source = RegistryJson.read(InputFiles.read(null, file, name, "the registry to import",
                    FileRegistryStore.MAX_REGISTRY_SIZE), name);
        } catch (InputFileException e) {
            throw new RegistryException(name, e.getMessage(), e.hint() == null ? "nothing was imported"
                    : e.hint() + "; nothing was imported");
        } catch (RegistryException e) {
            // The parser's hint is about a registry deploytrack keeps (restore it from its .bak); the file to
            // import is only read, has no .bak of deploytrack's, and the registry is untouched.
            throw new RegistryException(e.file(), e.line(), e.column(), e.getMessage(), "fix the file to import at "
                    + "that position, or export it again from the registry it came from (registry export); nothing "
                    + "was imported and the registry was not changed");
        }
        RegistryMigration.migrate(source, settings.legacyEnvironment());
        Map<String, byte[]> reports = testimoniesOf(source, file);
        return store.update(new RegistryStore.Operation<>() {
            @Override
            public RegistryStore.Result<RegistryImport.Imported> apply(Registry registry)
                    throws InvalidRequestException {
                RegistryImport.Imported imported = RegistryImport.merge(registry, source);
                int kept = 0;
                if (!reports.isEmpty()) {
                    TestimonyShelf shelf = registry.testimonies().orElseThrow(() -> new InvalidRequestException(
                            store.displayName() + " keeps no testimony reports here; nothing was imported"));
                    try {
                        for (Map.Entry<String, byte[]> report : reports.entrySet()) {
                            if (!shelf.holds(report.getKey())) {
                                shelf.keep(report.getKey(), projectOf(source, report.getKey()), report.getValue());
                                kept++;
                            } else if (!java.util.Arrays.equals(shelf.read(report.getKey()), report.getValue())) {
                                // Two reports under one path: neither is dropped in silence.
                                throw new InvalidRequestException(file + ": the testimony " + report.getKey()
                                        + " differs from the report " + store.displayName() + " keeps under that "
                                        + "path; compare the two and file the one to keep with testimony; nothing "
                                        + "was imported");
                            }
                        }
                    } catch (IOException e) {
                        throw new InvalidRequestException("cannot keep the imported testimonies: " + e.getMessage()
                                + "; nothing was imported");
                    }
                }
                imported = imported.withTestimonies(kept, List.of());
                return imported.changedAnything() ? RegistryStore.Result.changed(imported)
                        : RegistryStore.Result.unchanged(imported);
            }

            @Override
            public void afterWrite(Registry registry, RegistryImport.Imported value, boolean migrated)
                    throws IOException {
                if (summaries != null) {
                    summaries.write(registry, registry.projects());
                }
            }
        });
    }

    /**
     * {@code registry export}: the registry, whatever its backend, as a 2.0.0 file deploytrack reads (statistics
     * derived anew) to {@code output}, its per-project pages in {@code by-project/} beside that file, and the
     * testimony reports its projects point at, under the export's root ({@link #registryRoot}) at the paths the
     * file names: a complete file registry.
     *
     * @return the number of projects, history entries, approvals and testimonies written, and the reports the
     *         registry points at but does not hold
     */
    public RegistryImport.Imported exportTo(Path output) throws RegistryException {
        Registry registry = exportable();
        String name = output.toString();
        FileTestimonyShelf shelf = new FileTestimonyShelf(registryRoot(output));
        Map<String, byte[]> reports = new java.util.LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ProjectEntry project : registry.projects()) {
            String path = project.testimonyFile();
            if (path != null && !reports.containsKey(path)) {
                byte[] content = store.testimony(path);
                if (content == null) {
                    missing.add(project.name() + "'s testimony " + path + " is not kept by " + store.displayName()
                            + " (filed before the registry kept reports, or its copy was removed); the export "
                            + "points at it without it");
                } else {
                    reports.put(path, content);
                }
            }
        }
        try {
            for (String path : reports.keySet()) {
                shelf.resolve(path); // every path checked before anything is written: none leaves the export
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            RegistryJson.write(registry, bytes);
            byte[] content = bytes.toByteArray();
            AtomicFiles.write(output, content, content.length);
            new ProjectSummaryWriter(output.toAbsolutePath().resolveSibling("by-project"), settings,
                    store.displayName()).write(registry, registry.projects());
            for (Map.Entry<String, byte[]> report : reports.entrySet()) {
                shelf.keep(report.getKey(), null, report.getValue());
            }
        } catch (IOException e) {
            throw new RegistryException(name, "cannot write the export: " + dev.deploytrack.source.IoProblems
                    .describe(e), "the registry itself was not changed");
        }
        return new RegistryImport.Imported(registry.projects().size(), registry.history().size(),
                registry.approvals().size(), reports.size(), missing);
    }

    /**
     * The root of the file registry at {@code registryFile}, which its {@code testimony_file} paths are relative
     * to: the directory {@code registry.path} (default {@code deployments/registry.json}) lies in when the file's
     * path ends with it, as in a repository; else the file's own directory.
     */
    Path registryRoot(Path registryFile) {
        Path file = registryFile.toAbsolutePath().normalize();
        Path configured = Path.of(settings.path()).normalize();
        if (!configured.isAbsolute() && file.endsWith(configured)
                && file.getNameCount() > configured.getNameCount()) {
            Path root = file;
            for (int i = 0; i < configured.getNameCount(); i++) {
                root = root.getParent();
            }
            return root;
        }
        return file.getParent();
    }

    /**
     * The testimony reports a registry file to import points at, read from inside its root ({@link #registryRoot}):
     * a report that is missing, outside that directory, too large, or no longer the one filed is refused before
     * anything is imported.
     */
    private Map<String, byte[]> testimoniesOf(Registry source, Path file) throws InvalidRequestException {
        FileTestimonyShelf shelf = new FileTestimonyShelf(registryRoot(file));
        Map<String, byte[]> reports = new java.util.LinkedHashMap<>();
        for (ProjectEntry project : source.projects()) {
            String path = project.testimonyFile();
            if (path == null || reports.containsKey(path)) {
                continue;
            }
            String what = file + ": the testimony of " + project.name() + ", " + path + ", ";
            byte[] content;
            try {
                content = shelf.read(path);
            } catch (IOException e) {
                throw new InvalidRequestException(what + "cannot be imported: " + e.getMessage()
                        + "; nothing was imported");
            }
            if (content == null) {
                throw new InvalidRequestException(what + "is not in " + shelf.root() + "; put the report back there "
                        + "(or export the registry again with registry export --output, which writes its reports), "
                        + "or remove testimony_file from the project; nothing was imported");
            }
            if (project.testimonySha256() != null && !project.testimonySha256().equals(Testimonies.sha256(content))) {
                throw new InvalidRequestException(what + "is not the report that was filed (its SHA-256 differs "
                        + "from testimony_sha256); restore the filed report; nothing was imported");
            }
            reports.put(path, content);
        }
        return reports;
    }

    private static String projectOf(Registry source, String path) {
        for (ProjectEntry project : source.projects()) {
            if (path.equals(project.testimonyFile())) {
                return project.name();
            }
        }
        return null;
    }

    /** {@code registry export} to a stream (standard output): the file only, no pages. */
    public void exportTo(java.io.OutputStream out) throws RegistryException, IOException {
        RegistryJson.write(exportable(), out);
    }

    private Registry exportable() throws RegistryException {
        Registry registry = store.read();
        RegistryMigration.migrate(registry, settings.legacyEnvironment());
        registry.statistics(StatisticsDeriver.derive(registry));
        return registry;
    }

    /** Records that agents were deployed to a project's environment. */
    public RegistryStore.Update<Recorded> recordDeployment(DeploymentRequest request)
            throws InvalidRequestException, RefusedException, RegistryException {
        return recordDeployment(request, false);
    }

    /**
     * {@code record-deployment --dry-run}: every check of a record, against the registry as it is, and nothing
     * written. Run before a deployment, so that a deployment the rules would refuse to record never starts.
     *
     * @return what would be recorded ({@link RegistryStore.Update#written()} is false)
     * @throws RefusedException with the refusal the record would get
     */
    public RegistryStore.Update<Recorded> checkDeployment(DeploymentRequest request)
            throws InvalidRequestException, RefusedException, RegistryException {
        return recordDeployment(request, true);
    }

    private RegistryStore.Update<Recorded> recordDeployment(DeploymentRequest request, boolean dryRun)
            throws InvalidRequestException, RefusedException, RegistryException {
        String environment = knownEnvironment(request.environment());
        Actor actor = required(request.actor());
        if (request.emergency() && isBlank(request.reason())) {
            throw new InvalidRequestException(Message.of("an emergency override needs a reason (",
                    Message.option(Setting.REASON, "TEXT"), "); it is kept in the history"));
        }
        List<AgentVersion> agents = request.agents().isEmpty() ? discover(request.projectPath()) : request.agents();
        distinct(agents);
        String path = request.projectPath() == null ? null : recordedPath(request.projectPath());
        String name = RequestText.name("the project name", projectName(request.projectName(),
                request.projectPath(), path));
        RequestText.name("the idempotency key", request.idempotencyKey());
        String commit = CommitId.requested(request.gitCommit());
        RequestText.note("the reason", request.reason());
        boolean nameGiven = request.projectName() != null;
        return update(new Touching<Recorded>(name) {
            @Override
            public RegistryStore.Result<Recorded> apply(Registry registry) throws RefusedException {
                Optional<ProjectEntry> existing = registry.project(name);
                checkSamePath(existing, name, path, nameGiven);
                checkNoOtherProjectAt(registry, existing, path, nameGiven);
                Optional<HistoryEntry> duplicate = duplicate(registry, request.idempotencyKey(), name, environment, "");
                if (duplicate.isPresent()) {
                    return RegistryStore.Result.unchanged(new Recorded(name, environment, List.of(),
                            duplicate.get()));
                }
                policy.checkDeployment(registry, name, environment, agents, actor, request.emergency());
                String at = now();
                ProjectEntry project = existing.isPresent() ? existing.get() : registry.addProject(name, path, at);
                if (path != null && !path.equals(project.path())) {
                    project.path(path);
                }
                List<HistoryEntry> added = new ArrayList<>();
                for (AgentVersion agent : agents) {
                    String previous = project.deploy(agent.id(), agent.version(), environment, at, commit);
                    String action = previous == null ? HistoryEntry.DEPLOYED
                            : previous.equals(agent.version()) ? HistoryEntry.REDEPLOYED : HistoryEntry.UPDATED;
                    HistoryEntry entry = new HistoryEntry(at, name, agent.id(), action, agent.version())
                            .environment(environment)
                            .previousVersion(HistoryEntry.UPDATED.equals(action) ? previous : null)
                            .actor(actor).gitCommit(commit).idempotencyKey(request.idempotencyKey())
                            .emergency(request.emergency()).reason(blankToNull(request.reason()));
                    registry.append(entry);
                    added.add(entry);
                }
                return RegistryStore.Result.changed(new Recorded(name, environment, added, null));
            }
        }, dryRun);
    }

    /** A name taken from a directory that another path already holds is refused rather than merged into it. */
    private static void checkSamePath(Optional<ProjectEntry> existing, String name, String path, boolean nameGiven)
            throws RefusedException {
        if (existing.isPresent() && path != null && existing.get().path() != null
                && !existing.get().path().equals(path) && !nameGiven) {
            throw new RefusedException("a project named '" + name + "' is already registered with path "
                    + existing.get().path() + ", not " + path, Message.of("pass ",
                    Message.option(Setting.PROJECT_NAME, "NAME"), " to record this project under another "
                    + "name, or ", Message.option(Setting.PROJECT_NAME, name), " to record that the project "
                    + "moved"));
        }
    }

    /**
     * A project named after its directory is never added beside the project the registry already has at that
     * directory under another name. {@link #projectName(String, Path, String)} found that project before the update;
     * this checks it again on the registry the update read, when it is the whole registry (a file not in
     * deploytrack's layout, where the quick look may have missed it).
     */
    private static void checkNoOtherProjectAt(Registry registry, Optional<ProjectEntry> existing, String path,
                                              boolean nameGiven) throws RefusedException {
        if (nameGiven || path == null || existing.isPresent() || registry.isScoped()) {
            return;
        }
        List<String> others = RegistryStore.projectsAt(registry, path);
        if (!others.isEmpty()) {
            throw new RefusedException("the directory " + path + " is already registered as the project '"
                    + others.get(0) + "'", Message.of("pass ", Message.option(Setting.PROJECT_NAME, others.get(0)),
                    " to record it there (the registry changed while this was recorded, or its file is not in "
                    + "deploytrack's layout), or ", Message.option(Setting.PROJECT_NAME, "NAME"), " for another "
                    + "project"));
        }
    }

    /**
     * Records that a component other than an agent (the application) was deployed to a project's environment, with
     * its commit: what {@code drift} compares the agents with. The project is added when it has no entry yet.
     *
     * @param dryRun check everything and write nothing
     */
    public RegistryStore.Update<Recorded> recordComponent(ComponentDeploymentRequest request, boolean dryRun)
            throws InvalidRequestException, RefusedException, RegistryException {
        String environment = knownEnvironment(request.environment());
        Actor actor = required(request.actor());
        String component = componentName(request.component());
        String version = blankToNull(request.version());
        if (version != null && !isToken(version)) {
            throw new InvalidRequestException("the component's version '" + version + "' must be one word of at "
                    + "most 200 characters");
        }
        if (isBlank(request.gitCommit())) {
            throw new InvalidRequestException(Message.of("name the commit deployed (",
                    Message.option(Setting.GIT_COMMIT, "SHA"), "); the component is compared with the agents by "
                    + "its commit"));
        }
        String commit = CommitId.requested(request.gitCommit());
        policy.checkActor(actor, environment, "record a deployment");
        String path = request.projectPath() == null ? null : recordedPath(request.projectPath());
        String name = projectName(request.projectName(), request.projectPath(), path);
        boolean nameGiven = request.projectName() != null;
        String scope = "component:" + component;
        return update(new Touching<>(name) {
            @Override
            public RegistryStore.Result<Recorded> apply(Registry registry) throws RefusedException {
                Optional<ProjectEntry> existing = registry.project(name);
                checkSamePath(existing, name, path, nameGiven);
                checkNoOtherProjectAt(registry, existing, path, nameGiven);
                Optional<HistoryEntry> duplicate = duplicate(registry, request.idempotencyKey(), name, environment,
                        scope);
                if (duplicate.isPresent()) {
                    return RegistryStore.Result.unchanged(new Recorded(name, environment, List.of(),
                            duplicate.get()));
                }
                String at = now();
                if (existing.isEmpty()) {
                    registry.addProject(name, path, at);
                }
                HistoryEntry entry = new HistoryEntry(at, name, null, HistoryEntry.COMPONENT_DEPLOYED, version)
                        .environment(environment).component(component).actor(actor)
                        .gitCommit(commit).idempotencyKey(request.idempotencyKey());
                registry.append(entry);
                Recorded recorded = new Recorded(name, environment, List.of(entry), null);
                return dryRun ? RegistryStore.Result.unchanged(recorded) : RegistryStore.Result.changed(recorded);
            }
        });
    }

    /**
     * Files a deployment request ({@code deploytrack request --actor ...}): one {@code requested} entry per agent
     * version, under the request's id, which is also its idempotency key (filing the same request again changes
     * nothing). The requester is who may not approve it.
     */
    public RegistryStore.Update<Recorded> fileRequest(FiledRequest request)
            throws InvalidRequestException, RefusedException, RegistryException {
        String environment = knownEnvironment(request.environment());
        Actor actor = required(request.actor());
        requireAgents(request.agents());
        distinct(request.agents());
        String name = required(request.projectName());
        if (isBlank(request.id())) {
            throw new InvalidRequestException("a filed request needs its id");
        }
        String commit = CommitId.requested(request.gitCommit());
        return update(new Touching<>(name) {
            @Override
            public RegistryStore.Result<Recorded> apply(Registry registry) {
                Optional<HistoryEntry> duplicate = duplicate(registry, request.id(), name, environment, "request");
                if (duplicate.isPresent()) {
                    return RegistryStore.Result.unchanged(new Recorded(name, environment, List.of(),
                            duplicate.get()));
                }
                String at = now();
                List<HistoryEntry> added = new ArrayList<>();
                for (AgentVersion agent : request.agents()) {
                    HistoryEntry entry = new HistoryEntry(at, name, agent.id(), HistoryEntry.REQUESTED,
                            agent.version()).environment(environment).actor(actor).gitCommit(commit)
                            .idempotencyKey(request.id()).request(request.id());
                    registry.append(entry);
                    added.add(entry);
                }
                return RegistryStore.Result.changed(new Recorded(name, environment, added, null));
            }
        });
    }

    /** Records a person's approval of agent versions for a project's production environment. */
    public RegistryStore.Update<Approved> approve(ApprovalRequest request)
            throws InvalidRequestException, RefusedException, RegistryException {
        String environment = knownEnvironment(request.environment());
        Actor approver = required(request.approver());
        if (!settings.isProduction(environment)) {
            throw new InvalidRequestException("only " + settings.production() + " needs approvals; " + environment
                    + " does not");
        }
        String requestId = blankToNull(request.requestId());
        if (requestId == null) {
            requireAgents(request.agents());
        }
        distinct(request.agents());
        policy.checkApprover(approver, environment);
        String name = RequestText.name("the project name", required(request.projectName()));
        RequestText.note("the reason", request.reason());
        return update(new Touching<>(name) {
            @Override
            public RegistryStore.Result<Approved> apply(Registry registry)
                    throws InvalidRequestException, RefusedException {
                existing(registry, name);
                List<AgentVersion> agents = requestId == null ? request.agents()
                        : requested(registry, name, environment, requestId, request.agents());
                for (AgentVersion agent : agents) {
                    policy.checkNotRequester(registry, name, environment, agent, approver);
                }
                String at = now();
                List<Approval> added = new ArrayList<>();
                List<Approval> already = new ArrayList<>();
                for (AgentVersion agent : agents) {
                    Optional<Approval> same = registry.approvals().stream()
                            .filter(a -> a.covers(name, environment, agent.id(), agent.version())
                                    && approver.samePartyAs(a.approver())
                                    && (requestId == null || requestId.equals(a.request())))
                            .findFirst();
                    if (same.isPresent()) {
                        already.add(same.get());
                        continue;
                    }
                    Approval approval = new Approval(at, name, environment, agent.id(), agent.version(), approver,
                            blankToNull(request.reason()), requestId);
                    registry.add(approval);
                    added.add(approval);
                }
                Approved approved = new Approved(added, already);
                return added.isEmpty() ? RegistryStore.Result.unchanged(approved)
                        : RegistryStore.Result.changed(approved);
            }
        });
    }

    /**
     * The agent versions of request {@code id}: all of them, or those named, each of which the request must hold.
     */
    private static List<AgentVersion> requested(Registry registry, String project, String environment, String id,
                                                List<AgentVersion> named) throws InvalidRequestException {
        List<AgentVersion> inRequest = new ArrayList<>();
        String requestEnvironment = null;
        for (HistoryEntry entry : registry.history()) {
            if (entry.isRequest() && id.equals(entry.request()) && project.equals(entry.project())) {
                inRequest.add(new AgentVersion(entry.agent(), entry.version()));
                requestEnvironment = entry.environment();
            }
        }
        if (inRequest.isEmpty()) {
            throw new InvalidRequestException("no deployment request '" + id + "' for " + project + " in the "
                    + "registry; file it with deploytrack request --actor KIND:NAME first");
        }
        if (!environment.equals(requestEnvironment)) {
            throw new InvalidRequestException("request " + id + " is for " + requestEnvironment + ", not "
                    + environment);
        }
        if (named.isEmpty()) {
            return inRequest;
        }
        for (AgentVersion agent : named) {
            if (!inRequest.contains(agent)) {
                throw new InvalidRequestException("request " + id + " does not ask for " + agent + "; it asks for "
                        + String.join(", ", inRequest.stream().map(AgentVersion::toString).toList()));
            }
        }
        return named;
    }

    /** Records a return to versions that ran in the environment before, with the reason. */
    public RegistryStore.Update<Recorded> rollback(RollbackRequest request)
            throws InvalidRequestException, RefusedException, RegistryException {
        String environment = knownEnvironment(request.environment());
        Actor actor = required(request.actor());
        if (isBlank(request.reason())) {
            throw new InvalidRequestException(Message.of("a rollback needs a reason (",
                    Message.option(Setting.REASON, "TEXT"), "); it is kept in the history"));
        }
        requireAgents(request.agents());
        distinct(request.agents());
        String name = RequestText.name("the project name", required(request.projectName()));
        RequestText.name("the idempotency key", request.idempotencyKey());
        String commit = CommitId.requested(request.gitCommit());
        RequestText.note("the reason", request.reason());
        return update(new Touching<>(name) {
            @Override
            public RegistryStore.Result<Recorded> apply(Registry registry)
                    throws RefusedException, InvalidRequestException {
                ProjectEntry project = existing(registry, name);
                Optional<HistoryEntry> duplicate = duplicate(registry, request.idempotencyKey(), name, environment, "");
                if (duplicate.isPresent()) {
                    return RegistryStore.Result.unchanged(new Recorded(name, environment, List.of(),
                            duplicate.get()));
                }
                policy.checkActor(actor, environment, "roll back a deployment");
                for (AgentVersion target : request.agents()) {
                    policy.checkRollback(registry, name, environment, project.agent(target.id(), environment)
                            .map(AgentDeployment::version).orElse(null), target);
                }
                String at = now();
                List<HistoryEntry> added = new ArrayList<>();
                for (AgentVersion target : request.agents()) {
                    String previous = project.deploy(target.id(), target.version(), environment, at, commit);
                    HistoryEntry entry = new HistoryEntry(at, name, target.id(), HistoryEntry.ROLLED_BACK,
                            target.version()).environment(environment).previousVersion(previous).actor(actor)
                            .gitCommit(commit).idempotencyKey(request.idempotencyKey())
                            .reason(request.reason().strip());
                    registry.append(entry);
                    added.add(entry);
                }
                return RegistryStore.Result.changed(new Recorded(name, environment, added, null));
            }
        });
    }

    /**
     * Files a project's testimony: the report is kept by the registry's store (a copy under the repository's
     * testimonies directory on the file backend, a row in the database on PostgreSQL) in the update that marks the
     * project's agents collected. Filing the project's latest report again for agents already collected changes
     * nothing.
     */
    public RegistryStore.Update<TestimonyCollected> testimony(TestimonyRequest request)
            throws InvalidRequestException, RefusedException, RegistryException {
        String name = RequestText.name("the project name", required(request.projectName()));
        byte[] content = readTestimony(request.file());
        refuseSecrets(request.file(), content);
        String directory = testimonyDirectory();
        String sha256 = Testimonies.sha256(content);
        return update(new Touching<>(name) {
            @Override
            public RegistryStore.Result<TestimonyCollected> apply(Registry registry) throws InvalidRequestException {
                TestimonyShelf shelf = registry.testimonies().orElseThrow(() -> new InvalidRequestException(
                        store.displayName() + " keeps no testimony reports here; nothing was written"));
                ProjectEntry project = existing(registry, name);
                Set<String> running = new HashSet<>();
                project.agents().forEach(agent -> running.add(agent.id()));
                for (String id : request.agentIds()) {
                    if (!running.contains(id)) {
                        throw new InvalidRequestException(name + " does not run an agent '" + id + "'; it runs "
                                + String.join(", ", running.stream().sorted().toList()));
                    }
                }
                if (Testimonies.alreadyFiled(project, sha256, request.agentIds())) {
                    return RegistryStore.Result.unchanged(new TestimonyCollected(name, project.testimonyFile(),
                            sha256, Testimonies.covered(project, request.agentIds()), project.lastSync(), true));
                }
                Instant instant = clock.instant();
                String at = Timestamps.format(instant);
                String path;
                try {
                    // Kept after every check and before the registry is written (on PostgreSQL in its transaction):
                    // should the write fail, a file copy that nothing refers to is left over, never an entry that
                    // refers to a missing report.
                    path = Testimonies.freePath(shelf, directory, name, request.file(), instant);
                    shelf.keep(path, name, content);
                } catch (IOException e) {
                    throw new InvalidRequestException("cannot keep the testimony " + request.file() + ": "
                            + e.getMessage() + "; nothing was written");
                }
                int marked = project.collectTestimony(request.agentIds(), at, path, sha256);
                return RegistryStore.Result.changed(new TestimonyCollected(name, path, sha256, marked, at, false));
            }
        });
    }

    /** Runs an operation on one project once its page is a place deploytrack may write (see ProjectSummaryWriter). */
    private <T> RegistryStore.Update<T> update(Touching<T> operation)
            throws RegistryException, RefusedException, InvalidRequestException {
        return update(operation, false);
    }

    /** {@code dryRun}: every check against the registry as it is, and nothing written, locked or created. */
    private <T> RegistryStore.Update<T> update(Touching<T> operation, boolean dryRun)
            throws RegistryException, RefusedException, InvalidRequestException {
        String name = store.displayName().replace('\\', '/');
        if (summaries != null) {
            summaries.checkPlace(operation.project(), name.substring(0, name.lastIndexOf('/') + 1));
        }
        return dryRun ? store.dryRun(operation, settings.legacyEnvironment()) : store.update(operation);
    }

    /** The entry recorded earlier under {@code key} in the project's environment and the key's scope, if any. */
    private static Optional<HistoryEntry> duplicate(Registry registry, String key, String project,
                                                    String environment, String scope) {
        if (key == null) {
            return Optional.empty();
        }
        List<HistoryEntry> history = registry.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (key.equals(entry.idempotencyKey()) && project.equals(entry.project())
                    && environment.equals(entry.environment()) && scope.equals(entry.keyScope())) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private List<AgentVersion> discover(Path projectPath) throws InvalidRequestException {
        if (projectPath == null) {
            throw new InvalidRequestException(Message.of("name the agents deployed (",
                    Message.option(Setting.AGENTS, "ID@VERSION"), "), or give the project's directory (",
                    Message.option(Setting.PROJECT_PATH, "PATH"), ") to read them from its agent files"));
        }
        AgentVersionDiscovery.Found found;
        try {
            found = AgentVersionDiscovery.discover(projectPath);
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read the project's agent files: " + e.getMessage());
        }
        if (found.agents().isEmpty()) {
            throw new InvalidRequestException(Message.of("no agent with a version was found in " + projectPath
                    + (found.unversioned().isEmpty() ? "" : " (without a version: "
                    + String.join(", ", found.unversioned()) + ")") + "; give the agents with ",
                    Message.option(Setting.AGENTS, "ID@VERSION"), ", or add metadata.version to their frontmatter"));
        }
        if (!found.problems().isEmpty()) {
            throw new InvalidRequestException("cannot tell which agents " + projectPath + " holds: "
                    + String.join("; ", found.problems()));
        }
        return found.agents();
    }

    /** A testimony is copied into the repository and kept: one that holds a secret is refused, not copied. */
    private static void refuseSecrets(Path file, byte[] content) throws InvalidRequestException {
        List<SecretMatch> secrets = SecretScanner.defaults().scanText(file.getFileName().toString(),
                SourceText.decode(content).text());
        if (!secrets.isEmpty()) {
            SecretMatch first = secrets.get(0);
            throw new InvalidRequestException(file + ":" + first.line() + ":" + first.column() + " holds "
                    + first.message() + " [" + first.ruleId() + "]; a testimony is copied into the registry's "
                    + "repository, so it is not collected: remove the secret and run testimony again");
        }
    }

    private byte[] readTestimony(Path file) throws InvalidRequestException {
        if (file == null) {
            throw new InvalidRequestException(Message.of("name the testimony file (",
                    Message.option(Setting.TESTIMONY_FILE, "PATH"), ")"));
        }
        if (Files.isSymbolicLink(file)) {
            throw new InvalidRequestException(file + " is a symbolic link; a testimony is copied into the "
                    + "registry, so links are not followed: name the file itself");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_TESTIMONY_SIZE) {
                throw new InvalidRequestException(file + " is " + Sizes.describe(Files.size(file)) + ", over the " + Sizes.describe(MAX_TESTIMONY_SIZE) + " a testimony "
                        + "may be: a testimony is a report a person reads, kept in the registry; shorten it (link to "
                        + "long logs from it instead) and run testimony again; nothing was written");
            }
            return InputFiles.read(null, file, file.toString(), "the testimony", MAX_TESTIMONY_SIZE);
        } catch (InputFileException e) {
            throw new InvalidRequestException(file + ": " + e.getMessage() + (e.hint() == null ? "" : "; "
                    + e.hint()));
        } catch (IOException e) {
            throw new InvalidRequestException(file + ": cannot read the testimony: " + e.getMessage());
        }
    }

    /** {@code registry.testimonies}, relative to the root with {@code /} separators; it must lie inside the root. */
    private String testimonyDirectory() throws InvalidRequestException {
        Path directory = root.resolve(settings.testimonies()).normalize();
        if (!directory.startsWith(root) || directory.equals(root)) {
            throw new InvalidRequestException("registry.testimonies must lie inside " + root);
        }
        return root.relativize(directory).toString().replace('\\', '/');
    }

    private String knownEnvironment(String environment) throws InvalidRequestException {
        if (environment == null || environment.isBlank()) {
            throw new InvalidRequestException(Message.of("name the environment (",
                    Message.option(Setting.ENVIRONMENT, "NAME"), "), one of "
                    + String.join(", ", settings.environments())));
        }
        if (!settings.environments().contains(environment)) {
            throw new InvalidRequestException(Message.of("unknown environment '" + environment + "' (",
                    Message.option(Setting.ENVIRONMENT, environment), "); the configured environments are "
                    + String.join(", ", settings.environments()) + " (registry.environments in deploytrack.yml)"));
        }
        return environment;
    }

    private static Actor required(Actor actor) throws InvalidRequestException {
        if (actor == null) {
            throw new InvalidRequestException(Message.of("say who acts (", Message.option(Setting.ACTOR,
                    "KIND:IDENTITY"), ", e.g. human:alice, ci:github-actions or agent:claude-code)"));
        }
        return actor;
    }

    private static String required(String value) throws InvalidRequestException {
        if (isBlank(value)) {
            throw new InvalidRequestException(Message.of("name the project (",
                    Message.option(Setting.PROJECT_NAME, "NAME"), ")"));
        }
        return value;
    }

    private static void requireAgents(List<AgentVersion> agents) throws InvalidRequestException {
        if (agents.isEmpty()) {
            throw new InvalidRequestException(Message.of("name at least one agent (",
                    Message.option(Setting.AGENTS, "ID@VERSION"), ")"));
        }
    }

    private static void distinct(List<AgentVersion> agents) throws InvalidRequestException {
        Set<String> ids = new HashSet<>();
        for (AgentVersion agent : agents) {
            if (!ids.add(agent.id())) {
                throw new InvalidRequestException("agent '" + agent.id() + "' is given more than once");
            }
        }
    }

    private static ProjectEntry existing(Registry registry, String name) throws InvalidRequestException {
        return registry.project(name).orElseThrow(() -> new InvalidRequestException("no project named '" + name
                + "' in the registry; record a deployment first"));
    }

    private String projectName(String name, Path path) throws InvalidRequestException {
        if (!isBlank(name)) {
            return name.strip();
        }
        if (path == null) {
            throw new InvalidRequestException(Message.of("name the project (",
                    Message.option(Setting.PROJECT_NAME, "NAME"), ") or give its directory (",
                    Message.option(Setting.PROJECT_PATH, "PATH"), ")"));
        }
        Path fileName = path.toAbsolutePath().normalize().getFileName();
        if (fileName == null) {
            throw new InvalidRequestException(Message.of("cannot name a project after " + path + "; pass ",
                    Message.option(Setting.PROJECT_NAME, "NAME")));
        }
        return fileName.toString();
    }

    /**
     * The project a command names with a name or a directory ({@code --name}, {@code --project}): the name; else
     * the project the registry has at that directory; else the directory's name. {@code null} when neither is
     * given. The same rule as {@link #recordDeployment} follows, so every command finds a project where it was
     * recorded.
     */
    public String projectNamed(String name, Path directory) throws InvalidRequestException, RegistryException {
        if (name != null || directory == null) {
            return name;
        }
        return projectName(null, directory, recordedPath(directory));
    }

    /**
     * The project a request is about: the name it gives; else the project the registry already has at its directory
     * (found by path first, so a project registered under another name is not recorded a second time under its
     * directory's name); else the directory's name, for a new project.
     *
     * @param path the directory as the registry records it
     */
    private String projectName(String name, Path directory, String path)
            throws InvalidRequestException, RegistryException {
        String derived = projectName(name, directory);
        if (!isBlank(name) || path == null) {
            return derived;
        }
        List<String> registered = store.projectsAt(path);
        if (registered.isEmpty() || registered.contains(derived)) {
            return derived;
        }
        if (registered.size() == 1) {
            return registered.get(0);
        }
        throw new InvalidRequestException(Message.of("the directory " + path + " is registered as the projects '"
                + String.join("', '", registered) + "'; pass ", Message.option(Setting.PROJECT_NAME, "NAME"),
                " to say which one this deployment is for"));
    }

    /** Relative to the registry's root where it can be, so the registry reads the same on every machine. */
    private String recordedPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            String relative = root.relativize(absolute).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            return absolute.toString(); // another drive on Windows
        }
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    /** A component's name: like an environment's, so it reads the same in every output. */
    private static String componentName(String component) throws InvalidRequestException {
        if (isBlank(component)) {
            throw new InvalidRequestException(Message.of("name the component deployed (",
                    Message.option(Setting.COMPONENT, "NAME"), "), e.g. app"));
        }
        String name = component.strip();
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new InvalidRequestException(Message.of("the component '" + name + "' (",
                    Message.option(Setting.COMPONENT, name), ") must be lowercase letters, digits, '.', '_' or '-'"));
        }
        return name;
    }

    private static boolean isToken(String text) {
        return text.length() <= 200 && text.chars().noneMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /** An operation on one project, after which that project's summary (or, after a migration, every one) is rewritten. */
    private abstract class Touching<T> implements RegistryStore.Operation<T> {

        private final String project;

        Touching(String project) {
            this.project = project;
        }

        @Override
        public String project() {
            return project;
        }

        @Override
        public void afterWrite(Registry registry, T value, boolean migrated) throws IOException {
            Optional<ProjectEntry> changed = registry.project(project);
            Collection<ProjectEntry> touched = migrated ? registry.projects()
                    : changed.isPresent() ? List.of(changed.get()) : List.of();
            if (summaries != null) {
                summaries.write(registry, touched);
            }
        }
    }
}
