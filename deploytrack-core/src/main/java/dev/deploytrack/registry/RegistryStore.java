package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the registry lives, and the only way to change it: every command (record-deployment, approve, rollback,
 * testimony, status, impact, registry export and import) runs against this seam, and the front doors pick the
 * backend from one setting ({@link RegistryLocation}). Two backends keep the same promises:
 * <ul>
 *   <li>{@link FileRegistryStore}: {@code deployments/registry.json} in the repository, for one repository and one
 *       runner at a time;</li>
 *   <li>{@code PostgresRegistryStore}: a PostgreSQL database, for teams whose CI runs on many machines at once.</li>
 * </ul>
 * An update starts from the registry as it is now, applies one operation and, if it changed anything, keeps the
 * result as one atomic step: no update loses another's, a writer that dies leaves the registry as it was before or
 * after its update and never half of it, and a registry that cannot be read is never overwritten.
 */
public interface RegistryStore extends AutoCloseable {

    /** How messages name the registry (a file's path, or a database URL without its password). */
    String displayName();

    /** The whole registry, for a query or an export; an empty registry when there is none yet. */
    Registry read() throws RegistryException;

    /**
     * Applies {@code operation} to the registry as it is now and keeps the result if it changed anything.
     *
     * @throws RefusedException        when the operation refuses; nothing was written
     * @throws InvalidRequestException when the request does not fit the registry; nothing was written
     * @throws RegistryException       when the registry cannot be read or written; nothing was written
     */
    <T> Update<T> update(Operation<T> operation) throws RegistryException, RefusedException, InvalidRequestException;

    /**
     * Applies {@code operation} to the registry as it is now and keeps nothing ({@code --dry-run}): every check of
     * the update, and nothing written, locked or created (no lock file, no directory, no database table). The
     * registry is read as a query reads it, migrated in memory as a write would migrate it.
     *
     * @param legacyEnvironment the environment 1.0.0 deployments get, as in a write's migration
     * @return the operation's outcome; {@link Update#written()} is false
     */
    default <T> Update<T> dryRun(Operation<T> operation, String legacyEnvironment)
            throws RegistryException, RefusedException, InvalidRequestException {
        Registry registry = read();
        RegistryMigration.migrate(registry, legacyEnvironment);
        return new Update<>(operation.apply(registry).value(), false, null, null, List.of());
    }

    /**
     * The names of the projects recorded with the directory {@code path} (as the registry records it, relative to
     * its root), for a request that gives a project's directory and no name: the project is found by where it is
     * before it is named after it. Read without a lock; the update that follows checks the registry it reads.
     */
    default List<String> projectsAt(String path) throws RegistryException {
        return projectsAt(read(), path);
    }

    /** The names of the projects {@code registry} records with {@code path}, in order. */
    static List<String> projectsAt(Registry registry, String path) {
        List<String> names = new java.util.ArrayList<>();
        for (ProjectEntry project : registry.projects()) {
            if (path.equals(project.path())) {
                names.add(project.name());
            }
        }
        return names;
    }

    /**
     * The directory of the per-project pages kept beside the registry ({@code by-project/}), when this backend keeps
     * them on every write; a database keeps none ({@code registry export} writes them).
     */
    Optional<Path> pagesDirectory();

    /**
     * The directory a file registry keeps testimony copies under: the registry's root (the repository), which
     * {@link RegistryService} sets. A database keeps reports in a table and needs none.
     */
    default void testimonyRoot(Path root) {
    }

    /**
     * The testimony report kept at {@code path} (as a project's {@code testimony_file} names it), for an export; or
     * {@code null} when none is kept there.
     */
    byte[] testimony(String path) throws RegistryException;

    /** Releases what the store holds (a database connection); a file store holds nothing between calls. */
    @Override
    default void close() throws RegistryException {
    }

    /** What one update does to the registry. */
    interface Operation<T> {

        /**
         * The one project this operation reads and changes, or {@code null} when it needs the whole registry. An
         * operation that names a project may be given a registry scoped to it ({@link Registry#isScoped()}): it
         * must ask only about that project, its history and its approvals, and change only those.
         */
        default String project() {
            return null;
        }

        /**
         * Checks and changes {@code registry} in place. Check everything before changing anything: a refusal must
         * leave nothing half done.
         *
         * @throws RefusedException        when the rules refuse; nothing changes
         * @throws InvalidRequestException when the request names something the registry does not hold
         */
        Result<T> apply(Registry registry) throws RefusedException, InvalidRequestException;

        /**
         * Runs once the registry is written, still in turn with other writers (under the lock), e.g. to rewrite
         * per-project pages.
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
    record Result<T>(T value, boolean changed) {

        public static <T> Result<T> changed(T value) {
            return new Result<>(value, true);
        }

        public static <T> Result<T> unchanged(T value) {
            return new Result<>(value, false);
        }
    }

    /**
     * What an update did.
     *
     * @param value         the operation's outcome
     * @param written       whether the registry file was replaced
     * @param migratedFrom  the schema version the file had before, when this write migrated it; else {@code null}
     * @param migrationBackup the copy of the file as it was before the migration, or {@code null}
     * @param warnings      what went wrong after the registry was written (a page that could not be rewritten)
     */
    record Update<T>(T value, boolean written, SchemaVersion migratedFrom, Path migrationBackup,
                            List<String> warnings) {

        public Update {
            warnings = List.copyOf(warnings);
        }
    }
}
