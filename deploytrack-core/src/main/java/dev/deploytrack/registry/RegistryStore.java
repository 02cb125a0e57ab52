package dev.deploytrack.registry;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry file on disk, and the only way to change it. An update runs under an exclusive lock (in this JVM and
 * across processes), starts from the file as it is on disk, applies one operation and, if it changed anything, writes the result
 * atomically while keeping the previous file as {@code registry.json.bak}. No update can lose another's change, a
 * killed writer leaves the old or the new file and never half of one, and a file that cannot be parsed is never
 * overwritten.
 *
 * <p>Within one JVM the registry last written is kept (softly) with the identity of the file it became (device,
 * inode, size, modification and status-change times): an update whose file still has that identity skips reading
 * and parsing it. Any other writer changes the identity, deploytrack by renaming a new file into place, an editor or
 * script by writing (which sets the status-change time).
 */
public final class RegistryStore {

    /** The previous version of the registry, replaced on every write. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final long LOCK_TIMEOUT_MILLIS = 120_000;

    private static final ConcurrentHashMap<Path, SoftReference<Snapshot>> SNAPSHOTS = new ConcurrentHashMap<>();

    private final Path file;
    private final String displayName;
    private final String legacyEnvironment;
    private final WriteHook hook;
    private final Clock clock;

    /**
     * @param file              the registry file (it need not exist yet)
     * @param displayName       how messages name it
     * @param legacyEnvironment the environment 1.0.0 deployments get when the registry is migrated
     * @param clock             gives {@code last_updated}
     */
    public RegistryStore(Path file, String displayName, String legacyEnvironment, Clock clock) {
        this(file, displayName, legacyEnvironment, clock, WriteHook.NONE);
    }

    RegistryStore(Path file, String displayName, String legacyEnvironment, Clock clock, WriteHook hook) {
        this.file = file.toAbsolutePath().normalize();
        this.displayName = displayName;
        this.legacyEnvironment = legacyEnvironment;
        this.clock = clock;
        this.hook = hook;
    }

    public Path file() {
        return file;
    }

    public String displayName() {
        return displayName;
    }

    public Path backup() {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /**
     * Reads the registry for a query, without the lock (writes are atomic renames, so a reader sees one whole
     * version). A registry that does not exist yet is empty.
     */
    public Registry read() throws RegistryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Registry.empty();
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot read the registry: " + e, null);
        }
        return RegistryJson.read(bytes, displayName);
    }

    /**
     * Applies {@code operation} under the lock and writes the result if it changed anything.
     *
     * @throws RefusedException  when the operation refuses; nothing was written
     * @throws InvalidRequestException when the request does not fit the registry; nothing was written
     * @throws RegistryException when the registry cannot be read, parsed or written; nothing was written
     */
    public <T> Update<T> update(Operation<T> operation)
            throws RegistryException, RefusedException, InvalidRequestException {
        Path key = canonical();
        try (RegistryLock lock = RegistryLock.acquire(key, LOCK_TIMEOUT_MILLIS)) {
            return updateLocked(key, operation);
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot lock the registry: " + e.getMessage(),
                    "check that the directory is writable; nothing was written");
        }
    }

    private <T> Update<T> updateLocked(Path key, Operation<T> operation)
            throws RegistryException, RefusedException, InvalidRequestException {
        // Taken out of the cache while in use; put back only when the registry object matches the file again.
        SoftReference<Snapshot> reference = SNAPSHOTS.remove(key);
        Snapshot cached = reference == null ? null : reference.get();
        FileChannel current = null;
        try {
            AtomicFiles.removeStaleTemporaries(file);
            // The file stays open for the whole update: what is parsed and what is copied are the same file.
            FileIdentity identity = null;
            Registry registry;
            try {
                FileIdentity before = FileIdentity.of(file);
                current = FileChannel.open(file, StandardOpenOption.READ);
                identity = FileIdentity.of(file);
                if (cached != null && identity != null && identity.equals(before)
                        && cached.identity().equals(identity)) {
                    registry = cached.registry();
                } else {
                    registry = RegistryJson.read(readAll(current), displayName);
                    registry.dropSourceBytes(); // the open file holds the same bytes; writes copy from it
                }
            } catch (NoSuchFileException e) {
                registry = Registry.empty();
            }
            return apply(key, operation, registry, current, identity);
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot read the registry: " + e, null);
        } finally {
            closeQuietly(current);
        }
    }

    private <T> Update<T> apply(Path key, Operation<T> operation, Registry registry, FileChannel current,
                                FileIdentity identity)
            throws RegistryException, RefusedException, InvalidRequestException {
        SchemaVersion before = registry.schemaVersion();
        boolean migrated = RegistryMigration.migrate(registry, legacyEnvironment);
        Result<T> result = operation.apply(registry);
        if (!result.changed()) {
            if (!migrated && identity != null) {
                SNAPSHOTS.put(key, new SoftReference<>(new Snapshot(identity, registry)));
            }
            return new Update<>(result.value(), false, null, null);
        }
        registry.lastUpdated(Timestamps.format(clock.instant()));
        registry.statistics(StatisticsDeriver.derive(registry));
        Path migrationBackup = null;
        try {
            if (migrated && current != null) {
                migrationBackup = versionBackup(before);
                AtomicFiles.copy(file, migrationBackup); // a copy, never a link: backups get recycled
            }
            write(registry, current);
            FileIdentity written = FileIdentity.of(file);
            if (written != null) {
                SNAPSHOTS.put(key, new SoftReference<>(new Snapshot(written, registry)));
            }
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot write the registry: " + e,
                    "check the disk and the directory's permissions; the registry was not changed");
        }
        try {
            operation.afterWrite(registry, result.value(), migrated);
        } catch (IOException e) {
            throw new RegistryException(displayName, "the registry was written, but updating the files derived "
                    + "from it failed: " + e, "they are rewritten on the next write to the registry");
        }
        return new Update<>(result.value(), true, migrated ? before : null, migrationBackup);
    }

    /**
     * Keeps the current file as the backup, writes the registry to a flushed temporary file and renames it into
     * place. Unchanged parts are copied from {@code current}, which holds exactly the registry's source.
     *
     * <p>The temporary file is the old backup, renamed out of the way and overwritten, and the current file becomes
     * the backup by a new link before the write starts: no write allocates or frees a registry-sized file (at 39 MB,
     * freeing one took a sixth of a write), and a backup exists at every moment. Should the write die, the backup is
     * the current registry itself rather than the one before it.
     */
    private void write(Registry registry, FileChannel current) throws IOException {
        boolean copy = current != null && registry.hasSource();
        RegistryWriter.Encoded encoded = RegistryWriter.encode(registry, copy);
        RegistryWriter.Source source = copy ? RegistryWriter.Source.of(current) : null;
        Path recycled = null;
        if (current != null) {
            recycled = AtomicFiles.recycle(backup(), file);
            AtomicFiles.keepBackup(file, backup());
        }
        Path temp = AtomicFiles.writeTemp(file, channel -> encoded.writeTo(channel, source), recycled);
        try {
            hook.beforeRename(temp);
            AtomicFiles.commit(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
        encoded.adoptInto(registry);
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("the registry is larger than 2 GB");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // read until full
        }
        return buffer.array();
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

    /** The canonical path: the same key for every spelling of the file's location in this JVM. */
    private Path canonical() throws RegistryException {
        try {
            Path parent = file.getParent();
            Files.createDirectories(parent);
            return parent.toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot create the registry's directory: " + e, null);
        }
    }

    /** What one update does to the registry. */
    public interface Operation<T> {

        /**
         * Checks and changes {@code registry} in place. Check everything before changing anything: a refusal must
         * leave nothing half done.
         *
         * @throws RefusedException        when the rules refuse; nothing changes
         * @throws InvalidRequestException when the request names something the registry does not hold
         */
        Result<T> apply(Registry registry) throws RefusedException, InvalidRequestException;

        /**
         * Runs under the lock once the registry is on disk, e.g. to rewrite per-project summaries.
         *
         * @param migrated whether this write migrated the registry to the current schema version
         */
        default void afterWrite(Registry registry, T value, boolean migrated) throws IOException {
        }
    }

    /**
     * What an operation did.
     *
     * @param value   its outcome, for the caller
     * @param changed whether the registry must be written
     */
    public record Result<T>(T value, boolean changed) {

        public static <T> Result<T> changed(T value) {
            return new Result<>(value, true);
        }

        public static <T> Result<T> unchanged(T value) {
            return new Result<>(value, false);
        }
    }

    /**
     * What an update did on disk.
     *
     * @param value         the operation's outcome
     * @param written       whether the registry file was replaced
     * @param migratedFrom  the schema version the file had before, when this write migrated it; else {@code null}
     * @param migrationBackup the copy of the file as it was before the migration, or {@code null}
     */
    public record Update<T>(T value, boolean written, SchemaVersion migratedFrom, Path migrationBackup) {
    }

    /** Test seam: runs between the temporary file's flush and the rename that publishes it. */
    interface WriteHook {

        WriteHook NONE = temp -> { };

        void beforeRename(Path temp) throws IOException;
    }

    /** The registry as last written (or read unchanged) by this JVM, and the identity of the file holding it. */
    private record Snapshot(FileIdentity identity, Registry registry) {
    }

    /**
     * What identifies one version of the file without reading it: device and inode (every write renames a new
     * file into place), size, modification time and status-change time. The status-change time cannot be set
     * back by anyone, so even an edit in place that keeps the size and restores the modification time is seen.
     * Platforms without these attributes (Windows) get no cache: every update parses the file.
     */
    record FileIdentity(Object device, Object inode, long size, FileTime modified, FileTime changed) {

        static FileIdentity of(Path file) throws IOException {
            Map<String, Object> attributes;
            try {
                attributes = Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime");
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                Files.readAttributes(file, BasicFileAttributes.class); // still says whether the file exists
                return null;
            }
            return new FileIdentity(attributes.get("dev"), attributes.get("ino"), (Long) attributes.get("size"),
                    (FileTime) attributes.get("lastModifiedTime"), (FileTime) attributes.get("ctime"));
        }
    }
}
