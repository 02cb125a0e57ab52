package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes against one PostgreSQL registry: concurrent writers and replayed keys lose and double nothing, and
 * a writer killed in the middle of its transaction leaves nothing half written and no lock behind.
 */
class PostgresProcessesTest {

    private static final int WRITERS = 10;
    private static final int DEPLOYMENTS_EACH = 20;
    private static final int REPLAYERS = 2;
    private static final int KILLS = 20;

    @TempDir
    Path temp;

    private TestPostgres database;

    @BeforeEach
    void database() throws Exception {
        database = TestPostgres.schema();
    }

    @AfterEach
    void drop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    private RegistryService service() throws RegistryException {
        return RegistryService.open(temp, RegistrySettings.defaults(), database.url(), Map.of(), temp::resolve,
                Clock.systemUTC());
    }

    private static String line(BufferedReader reader) throws IOException {
        String line = reader.readLine();
        return line == null ? "" : line;
    }

    /** 10 processes record 20 deployments each while 2 more replay writer 0's 20 keys: exactly 200 entries. */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void tenWritersAndTwoReplayersRecordEachKeyExactlyOnce() throws Exception {
        try (java.sql.Connection connection = database.connect()) {
            PostgresSchema.migrate(connection); // the schema exists before the writers start
        }
        Path start = temp.resolve("start");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < WRITERS + REPLAYERS; p++) {
            String writer = String.valueOf(p < WRITERS ? p : 0);
            processes.add(ChildJvm.start("pg-record", database.url(), writer, String.valueOf(DEPLOYMENTS_EACH),
                    start.toString()));
        }
        List<BufferedReader> outputs = new ArrayList<>();
        for (Process process : processes) {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            outputs.add(output);
            assertEquals("ready", line(output));
        }
        Files.writeString(start, "go");
        for (int p = 0; p < processes.size(); p++) {
            assertTrue(processes.get(p).waitFor(180, TimeUnit.SECONDS), "a writer did not finish");
            StringBuilder rest = new StringBuilder();
            for (String line; (line = outputs.get(p).readLine()) != null; ) {
                rest.append(line).append('\n');
            }
            assertEquals(0, processes.get(p).exitValue(), rest.toString());
        }

        try (RegistryService service = service()) {
            Registry registry = service.read();
            assertEquals(WRITERS * DEPLOYMENTS_EACH, registry.history().size());
            Set<String> keys = new HashSet<>();
            for (HistoryEntry entry : registry.history()) {
                assertTrue(keys.add(entry.idempotencyKey()), "recorded twice: " + entry.idempotencyKey());
                assertEquals("writer-" + entry.idempotencyKey().substring(1, entry.idempotencyKey().indexOf('-'))
                        + "@1.0." + entry.idempotencyKey().substring(entry.idempotencyKey().indexOf('-') + 1),
                        entry.agent() + "@" + entry.version());
            }
            Statistics statistics = registry.statistics();
            assertTrue(StatisticsDeriver.derive(registry).sameAs(statistics), statistics.toString());
            assertEquals(WRITERS * DEPLOYMENTS_EACH, statistics.totalDeployments());
            assertEquals(4, statistics.totalProjects());
            assertEquals(WRITERS, statistics.agentsDeployed());
            for (ProjectEntry project : registry.projects()) {
                assertEquals(WRITERS, project.agents().size(), project.name());
            }
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet events = statement.executeQuery("SELECT count(*) FROM deploytrack_event")) {
            events.next();
            assertEquals(WRITERS * DEPLOYMENTS_EACH, events.getInt(1), "one event per recorded key");
        }
    }

    /**
     * Writers killed with SIGKILL 20 times, half of them holding the transaction open after writing everything and
     * before the commit, half at random moments of a loop of writes: the registry holds every acknowledged write and
     * nothing of a killed one, its statistics agree with it, and the next writer gets the lock at once.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void writersKilledMidTransactionLeaveNothingHalfWrittenAndNoLock() throws Exception {
        Random random = new Random(20);
        int acknowledged = 0;
        try (RegistryService service = service()) {
            for (int kill = 0; kill < KILLS; kill++) {
                if (kill % 2 == 0) {
                    Process holder = ChildJvm.start("pg-hold", database.url(), String.valueOf(kill));
                    BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                            StandardCharsets.UTF_8));
                    assertEquals("holding", line(output), "the child writes and waits before its commit");
                    holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
                } else {
                    Process looper = ChildJvm.start("pg-loop", database.url());
                    BufferedReader output = new BufferedReader(new InputStreamReader(looper.getInputStream(),
                            StandardCharsets.UTF_8));
                    int wrote = 0;
                    while (wrote < 3 && line(output).startsWith("wrote ")) {
                        wrote++;
                    }
                    assertEquals(3, wrote, "the looping child writes before it is killed");
                    Thread.sleep(random.nextInt(30));
                    looper.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    acknowledged += wrote;
                }
                // The next writer on the very project the killed one held: served at once, no stale lock.
                long before = System.nanoTime();
                service.recordDeployment(new DeploymentRequest("victim", null,
                        List.of(AgentVersion.parse("next@1.0." + kill)), "development", Actor.parse("ci:next"), null,
                        null, false, null));
                double waitedSeconds = (System.nanoTime() - before) / 1e9;
                assertTrue(waitedSeconds < 15, "the next writer waited " + waitedSeconds + " s");

                Registry registry = service.read();
                assertTrue(registry.history().stream().noneMatch(entry -> "held".equals(entry.agent())),
                        "nothing of a transaction killed before its commit");
                long looped = registry.history().stream().filter(entry -> "looper".equals(entry.agent())).count();
                assertTrue(looped >= acknowledged, "no acknowledged write is lost: " + looped + " < " + acknowledged);
                assertEquals(kill + 1, registry.history().stream().filter(entry -> "next".equals(entry.agent()))
                        .count());
                assertTrue(StatisticsDeriver.derive(registry).sameAs(registry.statistics()),
                        "the statistics agree with the history on the server");
                acknowledged = (int) looped;
            }
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet orphans = statement.executeQuery("SELECT count(*) FROM deploytrack_event e WHERE NOT EXISTS "
                     + "(SELECT 1 FROM deploytrack_history h WHERE h.event_id = e.id)")) {
            orphans.next();
            assertEquals(0, orphans.getInt(1), "no event without its entries");
        }
    }
}
