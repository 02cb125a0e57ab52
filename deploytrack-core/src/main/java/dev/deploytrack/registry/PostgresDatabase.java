package dev.deploytrack.registry;

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

    /** @throws RegistryException when the URL cannot be read (the message never holds the password) */
    public static PostgresDatabase of(String url, Map<String, String> environment) throws RegistryException {
        try {
            return new PostgresDatabase(PostgresLocation.parse(url, environment));
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

    /** A new connection with the schema up to date, auto-commit off. */
    public Connection connect() throws SQLException, RegistryException {
        Connection opened = new org.postgresql.Driver().connect(location.url(), location.properties());
        if (opened == null) {
            throw new RegistryException(displayName(), "the registry URL is not a PostgreSQL URL", null);
        }
        try {
            try (Statement statement = opened.createStatement()) {
                statement.execute("SET idle_in_transaction_session_timeout = '60s'");
            }
            PostgresSchema.migrate(opened);
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
