package dev.deploytrack.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The registry's tables, created and changed by versioned SQL scripts ({@code postgres/V<n>__<what>.sql} beside this
 * class), applied in order, each in its own transaction with its row in {@code deploytrack_schema_history}, under a
 * session advisory lock so that two first runs at once apply each script once. An applied script must not change
 * (its SHA-256 is kept and compared), and a database whose schema is newer than this deploytrack knows is refused.
 *
 * <p>Plain scripts rather than Flyway: every command is a fresh JVM, and a check that finds the schema current is
 * one query here; the scripts are few and PostgreSQL runs DDL in transactions, so a script applies whole or not at
 * all. See the commit that added it for the comparison.
 */
final class PostgresSchema {

    /** Every script, oldest first; a new one is added at the end, and an applied one is never edited. */
    static final List<String> SCRIPTS = List.of("V1__registry.sql", "V2__usage.sql", "V3__key_scopes.sql",
            "V4__testimony.sql");

    /** The advisory lock key (two ints: deploytrack's namespace and "schema"); see {@link PostgresRegistryStore}. */
    private static final int LOCK_NAMESPACE = 0x6454_7231; // "dTr1"
    private static final int LOCK_SCHEMA = 1;
    /** How long a migration waits for another process's (as long as a writer waits for a lock); tests shorten it. */
    static volatile long lockWaitMillis = 120_000;

    private PostgresSchema() {
    }

    /** Brings the database's schema up to date; does nothing, in one query, when it is. */
    static void migrate(Connection connection) throws SQLException, RegistryStoreFailure {
        if (current(connection) == SCRIPTS.size()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try {
            lock(connection);
        } catch (SQLException | RegistryStoreFailure | RuntimeException e) {
            connection.setAutoCommit(autoCommit);
            throw e;
        }
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS deploytrack_schema_history (version int PRIMARY KEY, "
                        + "script text NOT NULL, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            }
            int applied = current(connection);
            for (int version = 1; version <= SCRIPTS.size(); version++) {
                String script = SCRIPTS.get(version - 1);
                String sql = script(script);
                if (version <= applied) {
                    verify(connection, version, script, sql);
                    continue;
                }
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement();
                     PreparedStatement record = connection.prepareStatement("INSERT INTO "
                             + "deploytrack_schema_history (version, script, sha256) VALUES (?, ?, ?)")) {
                    statement.execute(sql);
                    record.setInt(1, version);
                    record.setString(2, script);
                    record.setString(3, sha256(sql));
                    record.executeUpdate();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        } finally {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                unlock.setInt(1, LOCK_NAMESPACE);
                unlock.setInt(2, LOCK_SCHEMA);
                unlock.execute();
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Takes the migration lock, waiting at most {@link #lockWaitMillis} for another process's migration: with
     * {@code pg_try_advisory_lock} in a loop, so the bound holds on every server version and whatever the session's
     * {@code lock_timeout} (which does not cover advisory locks everywhere). A process that holds the lock and hangs
     * is named as what to look for, rather than waited on forever.
     */
    private static void lock(Connection connection) throws SQLException, RegistryStoreFailure {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lockWaitMillis);
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_NAMESPACE);
            lock.setInt(2, LOCK_SCHEMA);
            while (true) {
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new RegistryStoreFailure("another process has held the registry's schema migration lock "
                            + "for " + describe(lockWaitMillis) + " (a deploytrack creating or upgrading the tables)",
                            "wait for it to finish and run the command again; if it hangs, find its session with "
                                    + "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = "
                                    + LOCK_NAMESPACE + " AND objid = " + LOCK_SCHEMA + " and end it with SELECT "
                                    + "pg_terminate_backend(pid); nothing was changed");
                }
                try {
                    Thread.sleep(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1,
                            ThreadLocalRandom.current().nextLong(50, 150)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RegistryStoreFailure("interrupted while waiting for the schema migration lock",
                            "nothing was changed");
                }
            }
        }
    }

    private static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /**
     * For a command that only reads: the schema must be there and current. It is never created or changed here: a
     * query run with a read-only database user, or by someone who only looks, must not alter the database.
     *
     * @throws RegistryStoreFailure when the tables are missing or older than this deploytrack's
     */
    static void requireCurrent(Connection connection) throws SQLException, RegistryStoreFailure {
        int version = version(connection);
        if (version == SCRIPTS.size()) {
            return;
        }
        throw new RegistryStoreFailure(version == 0
                ? "the database holds no deploytrack tables yet, and a command that only reads never creates them"
                : "the database's registry schema is version " + version + ", older than the " + SCRIPTS.size()
                        + " this deploytrack uses, and a command that only reads never upgrades it",
                MIGRATE_HINT);
    }

    /** How a user gets the schema created or upgraded: words every front door shares (no flag, no property). */
    static final String MIGRATE_HINT = "the first command that writes to the registry (record-deployment, approve, "
            + "rollback, registry import or usage ingest) creates or upgrades the tables; run it with a database "
            + "user allowed to create tables; nothing was changed";

    /** The newest applied version, 0 for none; refuses a database a newer deploytrack migrated. */
    static int version(Connection connection) throws SQLException, RegistryStoreFailure {
        return current(connection);
    }

    private static int current(Connection connection) throws SQLException, RegistryStoreFailure {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT to_regclass('deploytrack_schema_history') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        int version;
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT coalesce(max(version), 0) FROM deploytrack_schema_history")) {
            max.next();
            version = max.getInt(1);
        }
        if (version > SCRIPTS.size()) {
            throw new RegistryStoreFailure("the database's registry schema is version " + version + ", newer than "
                    + "the " + SCRIPTS.size() + " this deploytrack knows: a newer deploytrack wrote it",
                    "upgrade deploytrack to use this registry; nothing was changed");
        }
        return version;
    }

    private static void verify(Connection connection, int version, String script, String sql)
            throws SQLException, RegistryStoreFailure {
        try (PreparedStatement query = connection.prepareStatement("SELECT sha256 FROM deploytrack_schema_history "
                + "WHERE version = ?")) {
            query.setInt(1, version);
            try (ResultSet row = query.executeQuery()) {
                if (row.next() && !row.getString(1).equals(sha256(sql))) {
                    throw new RegistryStoreFailure("the schema script " + script + " differs from the one applied to "
                            + "this database", "an applied script must never change; add a new one instead");
                }
            }
        }
    }

    private static String script(String name) throws RegistryStoreFailure {
        try (InputStream in = PostgresSchema.class.getResourceAsStream("postgres/" + name)) {
            if (in == null) {
                throw new RegistryStoreFailure("the schema script " + name + " is missing from deploytrack", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RegistryStoreFailure("cannot read the schema script " + name, null);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A problem with the database that is not an SQL error: stops the command like one. */
    static final class RegistryStoreFailure extends Exception {

        private static final long serialVersionUID = 1L;

        private final String hint;

        RegistryStoreFailure(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }
}
