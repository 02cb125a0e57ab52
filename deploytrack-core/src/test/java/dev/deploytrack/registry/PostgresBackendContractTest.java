package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The backend contract on PostgreSQL (skipped without a server; required in CI, see {@link TestPostgres}). */
class PostgresBackendContractTest extends RegistryBackendContract {

    private TestPostgres database;
    private final List<TestPostgres> others = new ArrayList<>();
    private final List<RegistryService> services = new ArrayList<>();

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

    @Override
    long keptReports() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM deploytrack_testimony")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // no table yet: nothing kept
            }
            throw e;
        }
    }

    @Override
    RegistryService anotherService(Path root) throws Exception {
        TestPostgres another = TestPostgres.schema();
        others.add(another);
        RegistryService opened = RegistryService.open(root, RegistrySettings.defaults(), another.url(), Map.of(),
                root::resolve, clock);
        services.add(opened);
        return opened;
    }

    /**
     * Writers on other connections filing reports for one project in the same second: the project's lock puts them
     * in turn, each sees the paths before it, and every report is kept under a path of its own.
     */
    @Test
    void concurrentTestimoniesAreEachKeptUnderTheirOwnPath() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        int writers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<TestimonyCollected>> filed = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            java.nio.file.Path report = java.nio.file.Files.writeString(repository.resolve("report-" + i + ".md"),
                    "# run " + i + "\n");
            RegistryService writer = RegistryService.open(repository, RegistrySettings.defaults(), database.url(),
                    Map.of(), repository::resolve, clock);
            services.add(writer);
            filed.add(pool.submit(() -> {
                start.await();
                return writer.testimony(new TestimonyRequest("api", report, Set.of())).value();
            }));
        }
        start.countDown();
        Set<String> paths = new TreeSet<>();
        for (java.util.concurrent.Future<TestimonyCollected> future : filed) {
            paths.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS).copy());
        }
        pool.shutdown();
        assertEquals(writers, paths.size(), paths.toString());
        assertEquals(writers, keptReports());
        for (String path : paths) {
            String content = new String(service.store().testimony(path), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(content.startsWith("# run "), content);
        }
        assertTrue(paths.contains(service.read().project("api").orElseThrow().testimonyFile()));
    }

    /** A query never creates the tables, nor upgrades older ones: it says so and names the commands that do. */
    @Test
    void aQueryNeitherCreatesNorUpgradesTheSchema() throws Exception {
        RegistryException missing = assertThrows(RegistryException.class, () -> service.read());
        assertTrue(missing.getMessage().contains("no deploytrack tables yet"), missing.getMessage());
        assertTrue(missing.hint().contains("record-deployment"), missing.hint());
        assertEquals(Set.of(), footprint());

        record("api", "development", CI, null, "review@1.0.0");
        assertEquals("V4__testimony.sql", PostgresSchema.SCRIPTS.get(PostgresSchema.SCRIPTS.size() - 1),
                "undo the newest script below when another is added");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // As a database an older deploytrack migrated: without the newest script's (V4__testimony.sql) table,
            // and without its row.
            statement.execute("DROP TABLE deploytrack_testimony");
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
        for (RegistryService opened : services) {
            opened.close();
        }
        for (TestPostgres other : others) {
            other.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
