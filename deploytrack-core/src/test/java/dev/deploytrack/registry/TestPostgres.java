package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server of the tests: {@code DEPLOYTRACK_TEST_POSTGRES_URL} (a JDBC URL with user and password),
 * which {@code .ci/run} sets after starting a throwaway server ({@code .ci/postgres.sh}). Without it the PostgreSQL
 * tests are skipped with a message saying how to run them, unless {@code DEPLOYTRACK_REQUIRE_POSTGRES=1} (as in CI),
 * where a missing server fails them. Each test gets a schema of its own, dropped afterwards.
 */
public final class TestPostgres implements AutoCloseable {

    static final String URL_VARIABLE = "DEPLOYTRACK_TEST_POSTGRES_URL";
    static final String REQUIRE_VARIABLE = "DEPLOYTRACK_REQUIRE_POSTGRES";

    private final String serverUrl;
    private final String schema;

    private TestPostgres(String serverUrl, String schema) {
        this.serverUrl = serverUrl;
        this.schema = schema;
    }

    /** The server's URL, or the test is skipped (or fails, where the server is required). */
    static String serverUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
                fail(REQUIRE_VARIABLE + "=1 but " + URL_VARIABLE + " is not set: start the server with .ci/postgres.sh");
            }
            assumeTrue(false, "PostgreSQL tests skipped: set " + URL_VARIABLE + " to a server's JDBC URL "
                    + "(source .ci/postgres.sh && start_postgres starts a throwaway one), as .ci/run does");
        }
        return url;
    }

    /** A fresh, empty schema on the server. */
    public static TestPostgres schema() throws SQLException {
        String server = serverUrl();
        String schema = "t_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return new TestPostgres(server, schema);
    }

    /** The registry URL of this schema, with the password in it. */
    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The password the server's URL holds, to check that no output shows it. */
    String password() {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("[?&]password=([^&]*)").matcher(serverUrl);
        return matcher.find() ? java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8)
                : null;
    }

    /** The URL without its password (the password then comes from PGPASSWORD or a .pgpass file). */
    String urlWithoutPassword() {
        return url().replaceAll("([?&])password=[^&]*&?", "$1").replace("?&", "?");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
