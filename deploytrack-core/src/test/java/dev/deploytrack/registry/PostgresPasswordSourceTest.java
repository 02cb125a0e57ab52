package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.config.ConfigLoader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At a real login (skipped without a server, required in CI; see {@link TestPostgres}): a database named only by
 * {@code registry.url} is not sent {@code PGPASSWORD} and fails with where to put the password; a {@code .pgpass}
 * line for its host lets it in; the same URL named by the operator is sent {@code PGPASSWORD}.
 */
class PostgresPasswordSourceTest {

    @TempDir
    Path repository;

    /** A read of the empty schema gets past the login and stops at the missing tables. */
    private static void assertLoggedIn(RegistryService service, String why) {
        RegistryException e = assertThrows(RegistryException.class, service::read);
        assertTrue(e.getMessage().contains("no deploytrack tables yet"), why + ": " + e.describe());
    }

    @Test
    void theRepositorysUrlGetsThePasswordFilesLineAndNeverTheVariable() throws Exception {
        try (TestPostgres database = TestPostgres.schema()) {
            String url = database.urlWithoutPassword();
            Map<String, String> ci = Map.of("PGPASSWORD", database.password());
            RegistrySettings settings = ConfigLoader.parse("registry:\n  url: '" + url + "'\n", "deploytrack.yml")
                    .registry();
            String previous = System.getProperty("org.postgresql.pgpassfile");
            System.setProperty("org.postgresql.pgpassfile", repository.resolve("none").toString());
            try {
                try (RegistryService service = RegistryService.open(repository, settings, null, ci,
                        repository::resolve, Clock.systemUTC())) {
                    RegistryException e = assertThrows(RegistryException.class, service::read);
                    assertTrue(e.getMessage().startsWith("cannot connect to the registry"), e.getMessage());
                    assertTrue(e.hint().contains("PGPASSWORD is never sent to it (it is set, and was not sent)"),
                            e.hint());
                    assertFalse(e.describe().contains(database.password()));
                }
                try (RegistryService service = RegistryService.open(repository, settings, url, ci,
                        repository::resolve, Clock.systemUTC())) {
                    assertLoggedIn(service, "named by the operator: PGPASSWORD is sent");
                }

                URI server = URI.create(url.substring("jdbc:".length()));
                Path pgpass = Files.writeString(repository.resolve("pgpass"), server.getHost() + ":"
                        + server.getPort() + ":" + server.getPath().substring(1) + ":deploytrack:"
                        + database.password() + "\n");
                System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
                try (RegistryService service = RegistryService.open(repository, settings, null, Map.of(),
                        repository::resolve, Clock.systemUTC())) {
                    assertLoggedIn(service, "the .pgpass line for its host is used");
                }
            } finally {
                if (previous == null) {
                    System.clearProperty("org.postgresql.pgpassfile");
                } else {
                    System.setProperty("org.postgresql.pgpassfile", previous);
                }
            }
        }
    }
}
