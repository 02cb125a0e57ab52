package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deploytrack.release.DeploymentHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploytrack history}: the table is the registry's, byte for byte: the same on the file and on PostgreSQL,
 * whenever it is printed; and each row's type, status and approval follow from the history.
 */
class HistoryTableTest {

    private static final Actor CI = Actor.parse("ci:github-actions");
    private static final Actor ALICE = Actor.parse("human:alice");

    @TempDir
    Path directory;

    final TestClock clock = new TestClock("2026-11-20T09:00:00Z");

    /** A project through every kind of deployment: first, update, approval, emergency, rollback, redeploy. */
    private static void story(RegistryService service, TestClock clock) throws Exception {
        record(service, clock, "development", false, "review@1.0.0");
        record(service, clock, "staging", false, "review@1.0.0");
        clock.advance(Duration.ofMinutes(5));
        service.approve(new ApprovalRequest("api", "production", List.of(AgentVersion.parse("review@1.0.0")),
                ALICE, "ship it"));
        record(service, clock, "production", false, "review@1.0.0");
        record(service, clock, "development", false, "review@1.1.0");
        record(service, clock, "staging", true, "review@1.1.0");
        clock.advance(Duration.ofMinutes(5));
        service.rollback(new RollbackRequest("api", "staging", List.of(AgentVersion.parse("review@1.0.0")), ALICE,
                "1.1.0 flags every line", "c".repeat(40), null));
        record(service, clock, "development", false, "review@1.1.0");
        clock.advance(Duration.ofMinutes(5));
        service.recordComponent(new ComponentDeploymentRequest("api", null, "app", null, "production", CI,
                "d".repeat(40), null), false);
    }

    private static void record(RegistryService service, TestClock clock, String environment, boolean emergency,
                               String... agents)
            throws Exception {
        clock.advance(Duration.ofMinutes(5));
        service.recordDeployment(new DeploymentRequest("api", null, Stream.of(agents).map(AgentVersion::parse)
                .toList(), environment, CI, "a".repeat(40), null, emergency, emergency ? "hotfix" : null));
    }

    @Test
    void eachRowFollowsFromTheHistory() throws Exception {
        RegistryService service = RegistryService.open(directory, RegistrySettings.defaults(), null, clock);
        story(service, clock);
        List<DeploymentHistory.Row> rows = DeploymentHistory.rows(service.read(), RegistrySettings.defaults(),
                null, null, null);
        assertEquals(List.of("deploy", "deploy", "deploy", "update", "emergency", "rollback", "deploy"),
                rows.stream().map(DeploymentHistory.Row::type).toList(), "the application's deployment is no row");
        assertEquals(List.of("superseded", "superseded", "live", "superseded", "rolled back", "live", "live"),
                rows.stream().map(DeploymentHistory.Row::status).toList(),
                "by the next deployment of the same agent there");
        assertEquals("human:alice 2026-11-20T09:15:00Z", rows.get(2).approval());
        assertEquals("not required", rows.get(0).approval());
        assertEquals("from 1.0.0; updated, emergency override; hotfix; commit aaaaaaaaaaaa", rows.get(4).notes());
        assertEquals("from 1.1.0; 1.1.0 flags every line; commit cccccccccccc", rows.get(5).notes());
        assertEquals("same version again; commit aaaaaaaaaaaa", rows.get(6).notes());
        assertEquals(1, DeploymentHistory.rows(service.read(), RegistrySettings.defaults(), null, "production",
                "review").size());
    }

    @Test
    void theTableIsTheSameBytesWhenTheRegistryIsWrittenAndReadAgain() throws Exception {
        RegistryService file = RegistryService.open(directory, RegistrySettings.defaults(), null, clock);
        story(file, clock);
        String table = markdown(file.read());
        assertEquals(table, markdown(file.read()), "printed twice");
        Path exported = directory.resolve("export/registry.json");
        file.exportTo(exported);
        assertEquals(table, markdown(RegistryJson.read(Files.readAllBytes(exported), "export")));
    }

    /** The same story in PostgreSQL (skipped without a server; required in CI). */
    @Test
    void theTableIsTheSameBytesFromTheFileAndFromPostgres() throws Exception {
        RegistryService file = RegistryService.open(directory, RegistrySettings.defaults(), null, clock);
        story(file, clock);
        TestClock again = new TestClock("2026-11-20T09:00:00Z"); // the same story at the same times
        try (TestPostgres database = TestPostgres.schema();
             RegistryService postgres = RegistryService.open(directory, RegistrySettings.defaults(), database.url(),
                     Map.of(), directory::resolve, again)) {
            story(postgres, again);
            assertEquals(markdown(file.read()), markdown(postgres.read()));
            assertEquals(DeploymentHistory.json(rows(file.read())), DeploymentHistory.json(rows(postgres.read())));
            assertEquals(DeploymentHistory.text(rows(file.read())), DeploymentHistory.text(rows(postgres.read())));
        }
    }

    private static List<DeploymentHistory.Row> rows(Registry registry) {
        return DeploymentHistory.rows(registry, RegistrySettings.defaults(), null, null, null);
    }

    private static String markdown(Registry registry) {
        return DeploymentHistory.markdown(rows(registry));
    }

    /** The sample registry's table, kept as a file: any change to its bytes shows in review. */
    @Test
    void theSampleRegistrysTableIsTheOneOnFile() throws Exception {
        Registry seed = RegistryJson.read(Examples.seedBytes(), "seed");
        RegistryMigration.migrate(seed, RegistrySettings.defaults().legacyEnvironment());
        String table = DeploymentHistory.markdown(DeploymentHistory.rows(seed, RegistrySettings.defaults(), null,
                null, null));
        byte[] expected = getClass().getResourceAsStream("/dev/deploytrack/release/history-examples-registry.md")
                .readAllBytes();
        assertEquals(new String(expected, StandardCharsets.UTF_8), table);
    }
}
