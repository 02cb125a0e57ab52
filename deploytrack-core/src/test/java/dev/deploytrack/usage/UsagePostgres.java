package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.deploytrack.registry.RegistryLocation;
import dev.deploytrack.usage.store.PostgresUsageStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A schema of its own on the tests' PostgreSQL server (DEPLOYTRACK_TEST_POSTGRES_URL, as .ci/run sets; required in
 * CI by DEPLOYTRACK_REQUIRE_POSTGRES=1, skipped with a message elsewhere), dropped on close with the stores opened
 * on it.
 */
final class UsagePostgres implements AutoCloseable {

    private final String server;
    private final String schema;
    private final List<PostgresUsageStore> stores = new ArrayList<>();

    private UsagePostgres(String server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    static UsagePostgres schema() throws SQLException {
        String server = System.getenv("DEPLOYTRACK_TEST_POSTGRES_URL");
        if (server == null || server.isBlank()) {
            if ("1".equals(System.getenv("DEPLOYTRACK_REQUIRE_POSTGRES"))) {
                fail("DEPLOYTRACK_REQUIRE_POSTGRES=1 but DEPLOYTRACK_TEST_POSTGRES_URL is not set");
            }
            assumeTrue(false, "PostgreSQL usage tests skipped: set DEPLOYTRACK_TEST_POSTGRES_URL (source "
                    + ".ci/postgres.sh && start_postgres starts a throwaway server), as .ci/run does");
        }
        String schema = "u_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return new UsagePostgres(server, schema);
    }

    /** The registry URL of the schema (password included). */
    String url() {
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A store on the schema, closed with it. */
    PostgresUsageStore store() throws Exception {
        PostgresUsageStore store = PostgresUsageStore.open(new RegistryLocation(url(), true), System.getenv());
        stores.add(store);
        return store;
    }

    @Override
    public void close() throws SQLException {
        stores.forEach(PostgresUsageStore::close);
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
