package dev.deploytrack.registry;

import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A PostgreSQL registry's address, {@code jdbc:postgresql://HOST:PORT/DB?user=...}, and where its password comes
 * from: the URL's {@code password} parameter, else the {@code PGPASSWORD} variable (only for a database the operator
 * named: see {@link RegistryLocation}), else the driver's own search of {@code PGPASSFILE} or {@code ~/.pgpass},
 * which matches a password to the host, port, database and user it belongs to. The password is never part of how
 * the registry is named:
 * {@link #displayName()} is {@code postgresql://HOST:PORT/DB}, and {@link #redact} takes it out of any text (a driver
 * message) before that text is shown.
 */
final class PostgresLocation {

    static final String PREFIX = "jdbc:postgresql:";

    /**
     * The driver's loggers (java.util.logging, {@code org.postgresql}), switched off: the driver logs the whole JDBC
     * URL, password included, on some failures (a warning on a URL it cannot parse, at the default level) and at
     * debug levels on every connection, to standard error through the root logger's handler, or wherever a user's
     * logging configuration sends it. Nothing of it passes {@link #redact}, so none of it is let out: every failure
     * reaches the user as a redacted {@code RegistryException} instead. Held in a field: the log manager keeps
     * loggers only weakly, and a collected logger would come back with the configured level.
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.postgresql");

    static {
        silenceDriver();
    }

    private final String url;
    private final String displayName;
    private final String password;
    private final boolean passwordInUrl;
    /** Whether the operator named this database; if not, {@code PGPASSWORD} is never sent to it. */
    private final boolean operator;
    /** Whether {@code PGPASSWORD} was set and withheld from this database, which the repository named. */
    private final boolean environmentPasswordWithheld;
    /** {@code HOST:PORT:DATABASE:USER}, the start of this database's line in {@code ~/.pgpass}. */
    private final String passfileKey;

    private PostgresLocation(String url, String displayName, String password, boolean passwordInUrl, boolean operator,
                             boolean environmentPasswordWithheld, String passfileKey) {
        this.url = url;
        this.displayName = displayName;
        this.password = password;
        this.passwordInUrl = passwordInUrl;
        this.operator = operator;
        this.environmentPasswordWithheld = environmentPasswordWithheld;
        this.passfileKey = passfileKey;
    }

    static boolean isUrl(String location) {
        return location != null && location.startsWith(PREFIX);
    }

    /**
     * A database the operator named ({@code --registry}, {@code DEPLOYTRACK_REGISTRY}, the goal's parameter): it may
     * be sent {@code PGPASSWORD}.
     *
     * @param environment the process environment, for {@code PGPASSWORD}
     * @throws IllegalArgumentException when the URL cannot be read (the message never holds the password)
     */
    static PostgresLocation parse(String url, Map<String, String> environment) {
        return parse(url, environment, true);
    }

    /**
     * @param environment the process environment, for {@code PGPASSWORD}
     * @param operator    whether the operator named the database; {@code false} for one only the repository names
     *                    ({@code registry.url} in deploytrack.yml), which is never sent {@code PGPASSWORD}
     * @throws IllegalArgumentException when the URL cannot be read (the message never holds the password)
     */
    static PostgresLocation parse(String url, Map<String, String> environment, boolean operator) {
        if (!isUrl(url)) {
            throw new IllegalArgumentException("a PostgreSQL registry is given as jdbc:postgresql://HOST:PORT/DATABASE");
        }
        URI uri;
        try {
            uri = new URI(url.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the registry URL is not a valid URL (jdbc:postgresql://HOST:PORT/"
                    + "DATABASE?user=NAME); check its special characters, which must be percent-encoded");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("the registry URL needs a host and a database: "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=NAME");
        }
        if (uri.getPath().indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("the registry URL names the database in more than one part of the "
                    + "path (" + uri.getPath() + "); a PostgreSQL URL names one database: "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=NAME");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("give the user as ?user=NAME in the registry URL, not before the host "
                    + "(the PostgreSQL driver does not read it there)");
        }
        String fromUrl = parameter(uri.getRawQuery(), "password").orElse(null);
        String fromEnvironment = blankToNull(environment.get(PASSWORD_VARIABLE));
        String password = fromUrl != null ? fromUrl : operator ? fromEnvironment : null;
        String display = "postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + uri.getPath();
        String passfileKey = uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + ":"
                + uri.getPath().substring(1) + ":" + parameter(uri.getRawQuery(), "user").orElse("USER");
        return new PostgresLocation(url, display, password, fromUrl != null, operator,
                fromUrl == null && !operator && fromEnvironment != null, passfileKey);
    }

    /** The variable libpq and deploytrack take a password from, for a database the operator named. */
    static final String PASSWORD_VARIABLE = "PGPASSWORD";

    /** The password sent with the connection, or {@code null} (the driver may still find one in .pgpass). */
    String password() {
        return password;
    }

    /**
     * What to do about a failure, by its SQL state: the connection, the login (saying where the password goes, and
     * why {@code PGPASSWORD} was not sent to a database the repository named) and a database that does not exist;
     * {@code null} for any other state.
     */
    Message hint(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean login = state.equals("28P01") || state.equals("28000")
                || (state.equals("08004") && message.contains("password"));
        if (login && password == null && !operator) {
            return Message.of("this database is named only by registry.url in deploytrack.yml, a file of the "
                    + "repository (a pull request can change it), so " + PASSWORD_VARIABLE + " is never sent to it"
                    + (environmentPasswordWithheld ? " (it is set, and was not sent)" : "") + ": put the password in "
                    + "~/.pgpass (or the file PGPASSFILE names) as the line " + passfileKey + ":PASSWORD, which the "
                    + "driver sends to that host only, or name the database yourself (",
                    Message.option(Setting.REGISTRY, "URL"), " or the variable "
                    + RegistryService.REGISTRY_VARIABLE + ") to send it " + PASSWORD_VARIABLE);
        }
        if (login && password == null) {
            return Message.text("the server asks for a password and none was given: set " + PASSWORD_VARIABLE
                    + ", or put the line " + passfileKey + ":PASSWORD in ~/.pgpass (or the file PGPASSFILE names)");
        }
        if (state.startsWith("08")) {
            return Message.text("check that the server runs and that the URL's host and port are right");
        }
        if (login) {
            return Message.text("check the user and the password (in the URL, " + PASSWORD_VARIABLE
                    + " or ~/.pgpass)");
        }
        if (state.equals("3D000")) {
            return Message.text("create the database first (createdb), or name one that exists");
        }
        return null;
    }

    String url() {
        return url;
    }

    /**
     * A new connection through the driver, whose own logging is off (see {@link #DRIVER_LOG}).
     *
     * @return {@code null} when the driver does not take the URL
     */
    Connection connect() throws SQLException {
        silenceDriver();
        return new org.postgresql.Driver().connect(url, properties());
    }

    /**
     * Switches the driver's loggers off, again on every connection: a logging configuration read meanwhile
     * ({@code LogManager.readConfiguration}) would have set their levels anew. Child loggers
     * ({@code org.postgresql.Driver}) inherit the level; one a configuration names itself still finds no handler
     * here, and its records stop at this logger, which does not pass them on to the root's console handler.
     */
    static void silenceDriver() {
        DRIVER_LOG.setLevel(Level.OFF);
        DRIVER_LOG.setUseParentHandlers(false);
        for (Handler handler : DRIVER_LOG.getHandlers()) {
            DRIVER_LOG.removeHandler(handler);
        }
    }

    /** {@code postgresql://HOST:PORT/DB}: how messages name the registry; never a user's password. */
    String displayName() {
        return displayName;
    }

    /** Connection properties beyond the URL: the password from {@code PGPASSWORD} when the URL has none. */
    Properties properties() {
        Properties properties = new Properties();
        if (password != null && !passwordInUrl) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "deploytrack");
        // Generous: a CI runner starting many jobs at once can take many seconds to finish a login (scram-sha-256
        // hashes on both sides); a server that does not answer at all still fails well before a job times out.
        properties.setProperty("connectTimeout", "30");
        properties.setProperty("loginTimeout", "60");
        // A server or network that stops answering mid-query (a dropped route, a paused VM) would otherwise hold a
        // read on the socket forever. Longer than anything deploytrack waits for on purpose (a lock, 120 s) and than
        // an import's statements; the URL's own socketTimeout, connectTimeout or loginTimeout win over these.
        properties.setProperty("socketTimeout", "300");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("reWriteBatchedInserts", "true"); // an import's rows in few statements
        return properties;
    }

    /** {@code text} with the password, and the URL that may hold it, replaced: for any message shown to anyone. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text.replace(url, displayName);
        if (password != null && !password.isEmpty()) {
            redacted = redacted.replace(password, "***");
            String encoded = java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
            redacted = redacted.replace(encoded, "***");
        }
        return redacted;
    }

    private static Optional<String> parameter(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1),
                        StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
