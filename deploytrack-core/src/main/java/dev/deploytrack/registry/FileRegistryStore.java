package dev.deploytrack.registry;

import dev.deploytrack.check.Sizes;
import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.source.IoProblems;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The file backend: the registry as one JSON file in the repository, and the only way to change it. An update runs under an exclusive lock (in this JVM and
 * across processes), starts from the file as it is on disk, applies one operation and, if it changed anything, writes the result
 * atomically while keeping the previous file as {@code registry.json.bak}. No update can lose another's change, a
 * killed writer leaves the old or the new file and never half of one, and a file that cannot be parsed is never
 * overwritten.
 *
 * <p>An operation on one project ({@link Operation#project()}) against a file deploytrack wrote reads only that
 * project's part of it and writes the new file by splicing ({@link RegistrySlice}); any other file, and any other
 * operation, is parsed in full and written in full. Both give the same bytes.
 *
 * <p>The path of such a write avoids lambdas and method references: the command line runs it in a JVM that has
 * just started, where the first lambda costs several milliseconds to set up and each further one about half a
 * millisecond, against a budget of well under 100 ms for the whole write.
 */
public final class FileRegistryStore implements RegistryStore {

    /** The previous version of the registry, replaced on every write. */
    public static final String BACKUP_SUFFIX = ".bak";

    /**
     * The largest registry file read: about three times the 39 MB of 10,000 projects with 100,000 history entries. A
     * file is read whole; a registry larger than this belongs in PostgreSQL (see docs/registry.md).
     */
    public static final long MAX_REGISTRY_SIZE = 128L << 20;

    private static final long LOCK_TIMEOUT_MILLIS = 120_000;
    /** How long a writer waits for the lock; tests shorten it. */
    private long lockTimeoutMillis = LOCK_TIMEOUT_MILLIS;
    private static final String WHAT = "the registry";

    private final Path file;
    /** The repository the registry belongs to (a link must not leave it), or {@code null} for a file named explicitly. */
    private final Path root;
    private final String displayName;
    private final String legacyEnvironment;
    private final WriteHook hook;
    private final Clock clock;
    private final boolean slices;
    /** Where testimony copies are kept (the repository, {@link #testimonyRoot}), or {@code null}: none are. */
    private FileTestimonyShelf testimonies;
    /** Test seam: how many updates this store made by slicing the file. */
    private final java.util.concurrent.atomic.AtomicInteger sliced = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param file              the registry file (it need not exist yet)
     * @param displayName       how messages name it
     * @param legacyEnvironment the environment 1.0.0 deployments get when the registry is migrated
     * @param clock             gives {@code last_updated}
     */
    public FileRegistryStore(Path file, String displayName, String legacyEnvironment, Clock clock) {
        this(null, file, displayName, legacyEnvironment, clock, WriteHook.NONE, true);
    }

    /**
     * A registry inside the repository {@code root}, from its configuration: a symbolic link in its place is
     * followed only to a regular file inside the repository.
     */
    public FileRegistryStore(Path root, Path file, String displayName, String legacyEnvironment, Clock clock) {
        this(root, file, displayName, legacyEnvironment, clock, WriteHook.NONE, true);
    }

    FileRegistryStore(Path file, String displayName, String legacyEnvironment, Clock clock, WriteHook hook) {
        this(null, file, displayName, legacyEnvironment, clock, hook, true);
    }

    private FileRegistryStore(Path root, Path file, String displayName, String legacyEnvironment, Clock clock,
                          WriteHook hook, boolean slices) {
        this.root = root;
        this.file = file.toAbsolutePath().normalize();
        this.displayName = displayName;
        this.legacyEnvironment = legacyEnvironment;
        this.clock = clock;
        this.hook = hook;
        this.slices = slices;
    }

    @Override
    public void testimonyRoot(Path root) {
        this.testimonies = new FileTestimonyShelf(root);
    }

    @Override
    public byte[] testimony(String path) throws RegistryException {
        if (testimonies == null) {
            return null;
        }
        try {
            return testimonies.read(path);
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot read the testimony " + path + ": " + e.getMessage(),
                    null);
        }
    }

    /** Test seam: wait at most {@code millis} for the lock. */
    void lockTimeout(long millis) {
        this.lockTimeoutMillis = millis;
    }

    int slicedUpdates() {
        return sliced.get();
    }

    /** Test seam: the same store, but every update reads and writes the whole file. */
    FileRegistryStore readingInFull() {
        FileRegistryStore store = new FileRegistryStore(root, file, displayName, legacyEnvironment, clock, hook,
                false);
        store.testimonies = testimonies;
        return store;
    }

    public Path file() {
        return file;
    }

    /** The repository the registry must stay inside, or {@code null} for a file named explicitly. */
    public Path root() {
        return root;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Path backup() {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    @Override
    public Optional<Path> pagesDirectory() {
        return Optional.of(file.resolveSibling("by-project"));
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /**
     * Reads the registry for a query, without the lock (writes are atomic renames, so a reader sees one whole
     * version). A registry that does not exist yet is empty.
     */
    @Override
    public Registry read() throws RegistryException {
        Optional<byte[]> bytes;
        try {
            bytes = InputFiles.readIfPresent(root, file, displayName, WHAT, MAX_REGISTRY_SIZE);
        } catch (InputFileException e) {
            throw unreadable(e);
        }
        return bytes.isEmpty() ? Registry.empty() : RegistryJson.read(bytes.get(), displayName);
    }

    private RegistryException unreadable(InputFileException e) {
        return new RegistryException(displayName, e.getMessage(), e.hint() == null ? "nothing was written"
                : e.hint() + "; nothing was written");
    }

    /**
     * The projects at {@code path}: from the start of a file deploytrack wrote, without parsing it (a record by a
     * project's directory stays as fast as one by its name); any other file is read in full.
     */
    @Override
    public List<String> projectsAt(String path) throws RegistryException {
        try {
            if (slices && InputFiles.regularFile(root, file, displayName, WHAT).isPresent()
                    && !Files.isSymbolicLink(file)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
                        LinkOption.NOFOLLOW_LINKS)) {
                    List<String> names = RegistrySlice.projectsAt(channel, path);
                    if (names != null) {
                        return names;
                    }
                }
            }
        } catch (InputFileException e) {
            throw unreadable(e);
        } catch (IOException e) {
            // read in full below, which reports what is wrong with the file
        }
        return RegistryStore.super.projectsAt(path);
    }

    /**
     * Applies {@code operation} under the lock and writes the result if it changed anything.
     *
     * @throws RefusedException  when the operation refuses; nothing was written
     * @throws InvalidRequestException when the request does not fit the registry; nothing was written
     * @throws RegistryException when the registry cannot be read, parsed or written; nothing was written
     */
    @Override
    public <T> Update<T> update(Operation<T> operation)
            throws RegistryException, RefusedException, InvalidRequestException {
        Path key = canonical();
        RegistryLock lock;
        try {
            lock = RegistryLock.acquire(key, lockTimeoutMillis);
        } catch (RegistryLock.TimeoutException e) {
            throw new RegistryException(displayName, e.getMessage(), "wait for that process to finish, or stop it if "
                    + "it hangs (a killed process releases the lock); nothing was written");
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot lock the registry: cannot open its lock file "
                    + key.getFileName() + RegistryLock.LOCK_SUFFIX + ": " + IoProblems.describe(e),
                    hintOr(e, "nothing was written"));
        }
        try (lock) {
            return updateLocked(operation);
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot release the lock on the registry: "
                    + IoProblems.describe(e), hintOr(e, "the registry was written"));
        }
    }

    private static String hintOr(IOException e, String outcome) {
        String hint = IoProblems.hint(e);
        return hint == null ? outcome : hint + "; " + outcome;
    }

    private <T> Update<T> updateLocked(Operation<T> operation)
            throws RegistryException, RefusedException, InvalidRequestException {
        FileChannel current = null;
        try {
            AtomicFiles.removeStaleTemporaries(file);
            Optional<Path> present = InputFiles.regularFile(root, file, displayName, WHAT);
            if (present.isEmpty()) {
                return apply(operation, Registry.empty(), false);
            }
            if (Files.isSymbolicLink(file)) {
                throw RegistryException.worded(displayName, "the registry is a symbolic link; every write replaces the "
                        + "registry file, which would replace the link", Message.of("name the file itself (",
                        Message.option(Setting.REGISTRY, "PATH"), ", or registry.path in deploytrack.yml); nothing "
                        + "was written"));
            }
            current = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            if (current.size() > MAX_REGISTRY_SIZE) {
                throw unreadable(new InputFileException(displayName, WHAT + " is " + Sizes.describe(current.size())
                        + ", over the " + Sizes.describe(MAX_REGISTRY_SIZE) + " deploytrack reads for it",
                        "move a registry of this size to PostgreSQL (registry import)"));
            }
            if (slices && operation.project() != null) {
                RegistrySlice slice = RegistrySlice.read(file, current, operation.project());
                if (slice != null) {
                    CommitId.checkRecorded(slice.registry(), displayName, RegistryJson.commitHint(displayName));
                    sliced.incrementAndGet();
                    return apply(operation, slice);
                }
            }
            return apply(operation, RegistryJson.read(InputFiles.read(current, displayName, WHAT, MAX_REGISTRY_SIZE),
                    displayName), true);
        } catch (InputFileException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot read the registry: " + IoProblems.describe(e),
                    hintOr(e, "nothing was written"));
        } finally {
            closeQuietly(current);
        }
    }

    private <T> Update<T> apply(Operation<T> operation, Registry registry, boolean exists)
            throws RegistryException, RefusedException, InvalidRequestException {
        SchemaVersion before = registry.schemaVersion();
        boolean migrated = RegistryMigration.migrate(registry, legacyEnvironment);
        registry.testimonies(testimonies);
        Result<T> result = operation.apply(registry);
        if (!result.changed()) {
            return new Update<>(result.value(), false, null, null, List.of());
        }
        registry.lastUpdated(Timestamps.format(clock.instant()));
        registry.statistics(StatisticsDeriver.derive(registry));
        Path migrationBackup = null;
        try {
            if (migrated && exists) {
                migrationBackup = versionBackup(before);
                AtomicFiles.copy(file, migrationBackup); // a copy: never the same file as the .bak
            }
            ByteSink encoded = RegistryWriter.encode(registry);
            write(exists, AtomicFiles.Content.of(encoded.array(), encoded.position()));
        } catch (IOException e) {
            throw writeFailed(e);
        }
        List<String> warnings = afterWrite(operation, registry, result.value(), migrated);
        return new Update<>(result.value(), true, migrated ? before : null, migrationBackup, warnings);
    }

    /** The operation on the project's part of a file deploytrack wrote; the new file is spliced from the old. */
    private <T> Update<T> apply(Operation<T> operation, RegistrySlice slice)
            throws RegistryException, RefusedException, InvalidRequestException {
        Registry registry = slice.registry();
        ProjectEntry before = slice.target();
        Set<String> agentsBefore = before == null ? Set.of() : StatisticsDeriver.agentIds(before);
        registry.testimonies(testimonies);
        Result<T> result = operation.apply(registry);
        if (!result.changed()) {
            return new Update<>(result.value(), false, null, null, List.of());
        }
        registry.lastUpdated(Timestamps.format(clock.instant()));
        List<ProjectEntry> projects = registry.projects();
        ProjectEntry after = projects.isEmpty() ? null : projects.get(0);
        List<HistoryEntry> history = registry.history();
        registry.statistics(StatisticsDeriver.advance(slice.statistics(), before == null && after != null,
                history.subList(slice.historyCount(), history.size()), agentsBefore,
                after == null ? Set.of() : StatisticsDeriver.agentIds(after)));
        try {
            write(true, slice);
        } catch (IOException e) {
            throw writeFailed(e);
        }
        List<String> warnings = afterWrite(operation, registry, result.value(), false);
        return new Update<>(result.value(), true, null, null, warnings);
    }

    private RegistryException writeFailed(IOException e) {
        return new RegistryException(displayName, "cannot write the registry: " + IoProblems.describe(e),
                hintOr(e, "the registry and its backup were not changed"));
    }

    /**
     * The files derived from the registry (pages), once the registry itself is on disk. Their failure (a full disk)
     * does not undo or fail the write that is done: the command succeeds and warns, and the next write to the
     * project rewrites them. Reporting the whole command as failed would invite a retry that records nothing new.
     */
    private <T> List<String> afterWrite(Operation<T> operation, Registry registry, T value, boolean migrated) {
        try {
            operation.afterWrite(registry, value, migrated);
            return List.of();
        } catch (IOException e) {
            return List.of("the registry " + displayName + " was written, but a page derived from it was not: "
                    + IoProblems.describe(e) + "; it is rewritten on the next write to the project");
        }
    }

    /**
     * Writes the new content to a flushed temporary file, then keeps the current file as the backup and renames the
     * temporary file into place. The backup is replaced only once the new file is complete: a write that fails (a
     * full disk, a file-size limit) leaves the registry and its older backup as they were. A writer that dies
     * between the two steps leaves the current registry as both the registry and the backup.
     */
    private void write(boolean exists, AtomicFiles.Content content) throws IOException {
        Path temp = AtomicFiles.writeTemp(file, content);
        try {
            if (exists) {
                AtomicFiles.keepBackup(file, backup());
            }
            hook.beforeRename(temp);
            AtomicFiles.commit(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // read-only: nothing to lose
            }
        }
    }

    /** {@code registry.json.1.0.0.bak}, or a numbered name if an earlier migration already left that file. */
    private Path versionBackup(SchemaVersion version) {
        String base = file.getFileName() + "." + version.id();
        Path candidate = file.resolveSibling(base + BACKUP_SUFFIX);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "." + n + BACKUP_SUFFIX);
        }
        return candidate;
    }

    /**
     * The canonical path: the same key for every spelling of the file's location in this JVM. The directory is
     * created when missing, but never through a symbolic link that leaves the repository.
     */
    private Path canonical() throws RegistryException {
        try {
            InputFiles.requireInside(root, file, displayName, WHAT);
        } catch (InputFileException e) {
            throw unreadable(e);
        }
        try {
            Path parent = file.getParent();
            Files.createDirectories(parent);
            return parent.toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot create the registry's directory: "
                    + IoProblems.describe(e), hintOr(e, "nothing was written"));
        }
    }

    /** Test seam: runs between the temporary file's flush and the rename that publishes it. */
    interface WriteHook {

        WriteHook NONE = new WriteHook() { // not a lambda: see the class comment
            @Override
            public void beforeRename(Path temp) {
            }
        };

        void beforeRename(Path temp) throws IOException;
    }
}
