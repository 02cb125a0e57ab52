package dev.deploytrack.registry;

import java.io.IOException;

/**
 * Where a registry keeps its testimony reports, by the path the registry records for each ({@code testimony_file},
 * relative to the registry's root, {@code /} separators): files in the checkout for the file backend
 * ({@link FileTestimonyShelf}), rows in the database for PostgreSQL. A store hands its shelf to an update through
 * {@link Registry#testimonies()}, so a report is kept as part of that update: on PostgreSQL in its transaction, on the
 * file backend before the registry file that points at it is written.
 */
interface TestimonyShelf {

    /** The largest report kept: testimonies are reports a person reads, not logs. */
    long MAX_SIZE = 1L << 20;

    /** Whether a report is kept at {@code path} (filed earlier, or by this update). */
    boolean holds(String path) throws IOException;

    /** Keeps {@code content} at {@code path}, which nothing holds yet. */
    void keep(String path, String project, byte[] content) throws IOException;

    /** The report kept at {@code path}, or {@code null} when none is. */
    byte[] read(String path) throws IOException;
}
