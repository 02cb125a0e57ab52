package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The backend contract on PostgreSQL (skipped without a server; required in CI, see {@link TestPostgres}). */
class PostgresBackendContractTest extends RegistryBackendContract {

    private TestPostgres database;

    @Override
    RegistryService newService() throws Exception {
        database = TestPostgres.schema();
        return RegistryService.open(repository, RegistrySettings.defaults(), database.url(), Map.of(),
                repository::resolve, clock);
    }

    /** The schema's tables and the schema versions applied to it. */
    @Override
    Set<String> footprint() throws SQLException {
        Set<String> footprint = new TreeSet<>();
        try (Connection connection = database.connect();
             PreparedStatement tables = connection.prepareStatement("SELECT table_name FROM "
                     + "information_schema.tables WHERE table_schema = current_schema()")) {
            try (ResultSet rows = tables.executeQuery()) {
                while (rows.next()) {
                    footprint.add("table " + rows.getString(1));
                }
            }
            if (footprint.contains("table deploytrack_schema_history")) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT version FROM deploytrack_schema_history")) {
                    while (rows.next()) {
                        footprint.add("version " + rows.getInt(1));
                    }
                }
            }
        }
        return footprint;
    }

    /**
     * Testimony is refused on a database registry: its copy would be a file in one runner's checkout, a path no
     * other runner sharing the database can read. Nothing is copied or marked.
     */
    @Test
    void testimonyIsRefusedWithWhatToDoInstead() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        java.nio.file.Path testimony = java.nio.file.Files.writeString(repository.resolve("report.md"), "# ok\n");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> service.testimony(
                new TestimonyRequest("api", testimony, Set.of("review"))));
        assertTrue(e.getMessage().startsWith("testimony is filed only on a file registry"), e.getMessage());
        assertTrue(e.getMessage().contains("no other runner can read"), e.getMessage());
        assertEquals(false, service.read().project("api").orElseThrow().agent("review", "development")
                .orElseThrow().testimonyCollected());
        assertEquals(false, java.nio.file.Files.exists(repository.resolve("reflection_pool")));
    }

    /** A query never creates the tables, nor upgrades older ones: it says so and names the commands that do. */
    @Test
    void aQueryNeitherCreatesNorUpgradesTheSchema() throws Exception {
        RegistryException missing = assertThrows(RegistryException.class, () -> service.read());
        assertTrue(missing.getMessage().contains("no deploytrack tables yet"), missing.getMessage());
        assertTrue(missing.hint().contains("record-deployment"), missing.hint());
        assertEquals(Set.of(), footprint());

        record("api", "development", CI, null, "review@1.0.0");
        assertEquals("V3__key_scopes.sql", PostgresSchema.SCRIPTS.get(PostgresSchema.SCRIPTS.size() - 1),
                "undo the newest script below when another is added");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // As a database an older deploytrack migrated: without the newest script's (V3__key_scopes.sql) column,
            // with the index it replaced, and without its row.
            statement.execute("DROP INDEX deploytrack_event_key");
            statement.execute("ALTER TABLE deploytrack_event DROP COLUMN key_scope");
            statement.execute("CREATE UNIQUE INDEX deploytrack_event_key ON deploytrack_event (project, environment, "
                    + "idempotency_key) WHERE idempotency_key IS NOT NULL");
            statement.execute("DELETE FROM deploytrack_schema_history WHERE version = "
                    + PostgresSchema.SCRIPTS.size());
        }
        service.close();
        service = RegistryService.open(repository, RegistrySettings.defaults(), database.url(), Map.of(),
                repository::resolve, clock);
        Set<String> older = footprint();
        RegistryException old = assertThrows(RegistryException.class, () -> service.read());
        assertTrue(old.getMessage().contains("older than the " + PostgresSchema.SCRIPTS.size()), old.getMessage());
        assertEquals(older, footprint(), "nothing was upgraded");
        record("api", "staging", CI, null, "review@1.0.0");
        assertEquals(2, service.read().history().size(), "a write upgrades it");
    }

    @Override
    void editStored(String from, String to) throws SQLException {
        try (Connection connection = database.connect()) {
            for (String table : new String[] {"deploytrack_project", "deploytrack_history", "deploytrack_approval"}) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                        + " SET body = replace(body, ?, ?)")) {
                    update.setString(1, from);
                    update.setString(2, to);
                    update.executeUpdate();
                }
            }
        }
    }

    @Override
    void cleanUp() throws Exception {
        if (database != null) {
            database.close();
        }
    }
}
