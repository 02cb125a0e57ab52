package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waits on the server are bounded (skipped without a server, required in CI; see {@link TestPostgres}): a migration
 * waits for another process's schema lock only so long and then says what to do, and every connection has a socket
 * timeout that the URL can change.
 */
class PostgresSchemaLockTest {

    @TempDir
    Path repository;

    @Test
    void aMigrationHeldUpByAnotherProcessStopsWithWhatToDoAndGoesThroughOnceReleased() throws Exception {
        try (TestPostgres database = TestPostgres.schema(); Connection holder = database.connect();
             Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + 0x6454_7231 + ", 1)"); // PostgresSchema's lock
            long before = PostgresSchema.lockWaitMillis;
            PostgresSchema.lockWaitMillis = 400;
            try (RegistryService service = RegistryService.open(repository, RegistrySettings.defaults(),
                    database.url(), Map.of(), repository::resolve, Clock.systemUTC())) {
                RegistryException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                        RegistryException.class, () -> record(service)), "the wait is bounded");
                assertEquals("another process has held the registry's schema migration lock for 400 ms (a "
                        + "deploytrack creating or upgrading the tables)", e.getMessage());
                assertTrue(e.hint().startsWith("wait for it to finish and run the command again; if it hangs, find "
                        + "its session with SELECT pid FROM pg_locks"), e.hint());
                assertTrue(e.hint().endsWith("nothing was changed"), e.hint());

                statement.execute("SELECT pg_advisory_unlock(" + 0x6454_7231 + ", 1)");
                record(service);
                assertEquals(1, service.read().history().size());
            } finally {
                PostgresSchema.lockWaitMillis = before;
            }
        }
    }

    private static void record(RegistryService service) throws Exception {
        service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("review@1.0.0")),
                "development", Actor.parse("ci:gh"), null, null, false, null));
    }

    @Test
    void connectionsHaveASocketTimeoutTheUrlCanChange() throws Exception {
        try (TestPostgres database = TestPostgres.schema()) {
            try (Connection c = PostgresLocation.parse(database.url(), Map.of()).connect()) {
                assertEquals(300_000, c.getNetworkTimeout());
            }
            try (Connection c = PostgresLocation.parse(database.url() + "&socketTimeout=7", Map.of()).connect()) {
                assertEquals(7_000, c.getNetworkTimeout());
            }
        }
    }
}
