package dev.deploytrack.registry;

import dev.deploytrack.wording.Message;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A connection to the registry's PostgreSQL database for what is kept beside the registry (usage records), with the
 * registry's rules: the password from the URL, {@code PGPASSWORD} or {@code ~/.pgpass} and never in a message, the
 * schema brought up to date by the same versioned scripts, and a session that ends a transaction left idle.
 */
public final class PostgresDatabase {

    private final PostgresLocation location;

    private PostgresDatabase(PostgresLocation location) {
        this.location = location;
    }

    public static boolean isUrl(String location) {
        return PostgresLocation.isUrl(location);
    }

    /**
     * The database of a registry location: {@code PGPASSWORD} is sent to it only when the operator named it (see
     * {@link RegistryLocation}).
     *
     * @throws RegistryException when the URL cannot be read (the message never holds the password)
     */
    public static PostgresDatabase of(RegistryLocation registry, Map<String, String> environment)
            throws RegistryException {
        try {
            return new PostgresDatabase(PostgresLocation.parse(registry.value(), environment, registry.operator()));
        } catch (IllegalArgumentException e) {
            throw new RegistryException("the registry URL", e.getMessage(), "e.g. "
                    + "jdbc:postgresql://db.example.com:5432/deploytrack?user=ci (the password from PGPASSWORD or "
                    + "~/.pgpass)");
        }
    }

    /** {@code postgresql://HOST:PORT/DB}. */
    public String displayName() {
        return location.displayName();
    }

    /** Text with the URL and password taken out, for any message. */
    public String redact(String text) {
        return location.redact(text);
    }

    /**
     * What to do about a failure the server or the connection reports, by its SQL state: the connection, the login
     * (where the password goes) and a database that does not exist; {@code null} for any other state.
     */
    public Message hint(SQLException e) {
        return location.hint(e);
    }

    /** Whether the connection is gone (it must be opened again). */
    public static boolean connectionLost(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    /** The first line of a driver message, without the URL or the password. */
    public String message(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return redact(e.getMessage() == null ? state : e.getMessage().split("\n", 2)[0]);
    }

    /** Closes a connection on which nothing is pending (every call commits or rolls back before it returns). */
    public static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing is pending: the server ends the session either way
            }
        }
    }

    /** Rolls back what is pending; a connection already gone has been rolled back by the server. */
    public static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone; the server has rolled back already
        }
    }

    /** A new connection with the schema up to date, auto-commit off: for a command that writes. */
    public Connection connect() throws SQLException, RegistryException {
        return connect(true);
    }

    /**
     * A new connection, auto-commit off, with the schema brought up to date ({@code write}) or found current: a
     * command that only reads never creates or changes a table, and is refused with what to run when the schema is
     * missing or older.
     */
    public Connection connect(boolean write) throws SQLException, RegistryException {
        Connection opened = location.connect();
        if (opened == null) {
            throw new RegistryException(displayName(), "the registry URL is not a PostgreSQL URL", null);
        }
        try {
            try (Statement statement = opened.createStatement()) {
                statement.execute("SET idle_in_transaction_session_timeout = '60s'");
            }
            if (write) {
                PostgresSchema.migrate(opened);
            } else {
                PostgresSchema.requireCurrent(opened);
            }
            opened.setAutoCommit(false);
            return opened;
        } catch (PostgresSchema.RegistryStoreFailure e) {
            opened.close();
            throw new RegistryException(displayName(), location.redact(e.getMessage()), e.hint());
        } catch (SQLException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }
}
