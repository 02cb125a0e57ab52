package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Registry read(String json) throws RegistryException {
        return RegistryJson.read(json.getBytes(StandardCharsets.UTF_8), "deployments/registry.json");
    }

    private static String write(Registry registry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryJson.write(registry, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedFormatIsReadFieldByField() throws Exception {
        Registry registry = RegistryJson.read(Examples.seedBytes(), "registry.json");
        assertEquals(SchemaVersion.V1, registry.schemaVersion());
        assertEquals("2026-11-10T08:30:00Z", registry.lastUpdated());
        assertEquals(3, registry.projects().size());
        ProjectEntry payments = registry.project("payments-api").orElseThrow();
        assertEquals("projects/payments-api", payments.path());
        assertEquals("2026-10-02T09:14:00Z", payments.deployedAt());
        AgentDeployment review = payments.agents().get(0);
        assertEquals("code-review", review.id());
        assertEquals("1.2.0", review.version());
        assertEquals("2026-10-02T09:14:00Z", review.deployedAt());
        assertTrue(review.testimonyCollected());
        assertEquals("2026-11-10T08:30:00Z", review.lastSync());
        assertNull(payments.agents().get(1).lastSync());
        HistoryEntry last = registry.history().get(5);
        assertEquals(List.of("2026-11-03T10:00:00Z", "payments-api", "code-review", "updated", "1.2.0"),
                List.of(last.timestamp(), last.project(), last.agent(), last.action(), last.version()));
        Statistics statistics = registry.statistics();
        assertEquals(3, statistics.totalProjects());
        assertEquals(6, statistics.totalDeployments());
        assertEquals(3, statistics.agentsDeployed());
        assertEquals("code-review", statistics.mostDeployedAgent());
    }

    @Test
    void theSeedIsWrittenBackUnchangedInMeaning() throws Exception {
        JsonNode original = JSON.readTree(Examples.seedBytes());
        Registry registry = RegistryJson.read(Examples.seedBytes(), "registry.json");
        String serialized = write(registry);
        assertEquals(original, JSON.readTree(serialized));
        assertTrue(serialized.startsWith("{\n  \"registry_version\": \"1.0.0\",\n"), serialized);
        assertFalse(serialized.contains("environment"), "1.0.0 files get no 2.0.0 fields");
    }

    @Test
    void derivedStatisticsOfTheSeedAgreeWithTheStoredOnes() throws Exception {
        Registry registry = RegistryJson.read(Examples.seedBytes(), "registry.json");
        assertTrue(StatisticsDeriver.derive(registry).sameCounts(registry.statistics()),
                StatisticsDeriver.derive(registry) + " vs " + registry.statistics());
    }

    @Test
    void fieldsATeamAddedAreKeptEverywhere() throws Exception {
        String json = """
                {"registry_version": "1.0.0", "last_updated": null, "owner": {"team": "platform"},
                 "projects": [{"path": "p", "name": "p", "deployed_at": null, "tier": 1,
                   "agents": [{"id": "a", "version": "1", "deployed_at": null, "testimony_collected": false,
                               "last_sync": null, "pinned": true}]}],
                 "deployment_history": [{"timestamp": "t", "project": "p", "agent": "a", "action": "deployed",
                   "version": "1", "ticket": "OPS-1"}],
                 "statistics": {"total_projects": 1, "total_deployments": 1, "agents_deployed": 1,
                   "most_deployed_agent": "a", "dashboard": "https://example.org"}}
                """;
        Registry registry = read(json);
        JsonNode written = JSON.readTree(write(registry));
        assertEquals(JSON.readTree(json), written);
        registry.statistics(StatisticsDeriver.derive(registry));
        assertEquals("https://example.org", JSON.readTree(write(registry)).get("statistics").get("dashboard")
                .asText());
    }

    @Test
    void version2FieldsRoundTripAndHistoryEntriesSitOnOneLineEach() throws Exception {
        Registry registry = Registry.empty();
        ProjectEntry project = registry.addProject("api", "services/api", "2026-11-01T00:00:00Z");
        project.deploy("code-review", "1.3.0", "staging", "2026-11-01T00:00:00Z", "abc1234");
        registry.append(new HistoryEntry("2026-11-01T00:00:00Z", "api", "code-review", "updated", "1.3.0")
                .environment("staging").previousVersion("1.2.0").actor(Actor.parse("ci:github-actions"))
                .gitCommit("abc1234").idempotencyKey("run-7").emergency(true).reason("hotfix \"quoted\""));
        registry.add(new Approval("2026-11-01T00:00:00Z", "api", "production", "code-review", "1.3.0",
                Actor.parse("human:alice"), null));
        registry.statistics(StatisticsDeriver.derive(registry));
        String written = write(registry);
        assertTrue(written.contains("\n    {\"timestamp\": \"2026-11-01T00:00:00Z\", \"project\": \"api\", \"agent\": "
                + "\"code-review\", \"action\": \"updated\", \"version\": \"1.3.0\", \"environment\": \"staging\", "
                + "\"previous_version\": \"1.2.0\", \"actor\": {\"kind\": \"ci\", \"identity\": \"github-actions\"}, "
                + "\"git_commit\": \"abc1234\", \"idempotency_key\": \"run-7\", \"emergency\": true, \"reason\": "
                + "\"hotfix \\\"quoted\\\"\"}\n"), written);
        Registry back = read(written);
        HistoryEntry entry = back.history().get(0);
        assertEquals(Actor.parse("ci:github-actions"), entry.actor());
        assertTrue(entry.emergency());
        assertEquals("run-7", entry.idempotencyKey());
        assertEquals("staging", back.project("api").orElseThrow().agents().get(0).environment());
        assertEquals("human:alice", back.approvals().get(0).approver().toString());
        assertEquals(1, back.statistics().deploymentsByEnvironment().get("staging"));
        assertEquals(JSON.readTree(written), JSON.readTree(write(back)));
    }

    @Test
    void aMigratedAndChangedRegistryReadsBack() throws Exception {
        Registry registry = RegistryJson.read(Examples.seedBytes(), "registry.json");
        RegistryMigration.migrate(registry, "production");
        Registry reread = read(write(registry));
        reread.project("checkout-web").orElseThrow().deploy("code-review", "1.3.0", "staging", "t", null);
        reread.addProject("new-one", "projects/new-one", "t").deploy("db-migrate", "2.1.0", "development", "t",
                null);
        reread.append(new HistoryEntry("t", "checkout-web", "code-review", "deployed", "1.3.0")
                .environment("staging"));
        Registry again = read(write(reread));
        assertEquals(7, again.history().size());
        assertEquals("1.3.0", again.project("checkout-web").orElseThrow().agent("code-review", "staging")
                .orElseThrow().version());
        assertEquals(4, again.projects().size());
    }

    @Test
    void invalidJsonNamesFileLineAndColumnAndTheBackup() {
        RegistryException e = assertThrows(RegistryException.class, () -> read("""
                {
                  "registry_version": "1.0.0",
                  "projects": [
                    {"name": "a",}
                  ]
                }
                """));
        assertEquals(4, e.line());
        assertEquals(18, e.column());
        assertTrue(e.describe().startsWith("deployments/registry.json:4:18: error: invalid JSON: "), e.describe());
        assertTrue(e.hint().contains("deployments/registry.json.bak"), e.hint());
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() {
        RegistryException e = assertThrows(RegistryException.class, () -> read("""
                {"registry_version": "1.0.0",
                 "projects": [{"name": "a", "agents": [{"id": "x", "testimony_collected": "yes"}]}]}
                """));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("projects[0].agents[0].testimony_collected must be true or false"),
                e.getMessage());
        RegistryException list = assertThrows(RegistryException.class,
                () -> read("{\"registry_version\": \"2.0.0\", \"deployment_history\": {}}"));
        assertEquals("deployment_history must be a list", list.getMessage());
    }

    @Test
    void aRegistryFromANewerDeploytrackIsRefusedByVersion() {
        RegistryException e = assertThrows(RegistryException.class,
                () -> read("{\"registry_version\": \"3.1.0\", \"projects\": \"a new shape\"}"));
        assertTrue(e.getMessage().contains("written by a newer deploytrack (registry_version 3.1.0)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("reads registry_version 1.0.0 and 2.0.0"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void missingOrUnknownVersionsAndEmptyFilesAreErrors() {
        assertTrue(assertThrows(RegistryException.class, () -> read("{\"projects\": []}")).getMessage()
                .contains("no registry_version"));
        assertTrue(assertThrows(RegistryException.class, () -> read("{\"registry_version\": \"banana\"}"))
                .getMessage().contains("unknown registry_version 'banana'"));
        assertTrue(assertThrows(RegistryException.class, () -> read("")).getMessage().contains("empty"));
        assertTrue(assertThrows(RegistryException.class, () -> read("[1, 2]")).getMessage()
                .contains("must be a JSON object"));
        assertTrue(assertThrows(RegistryException.class, () -> read("{\"registry_version\": \"2.0.0\"} {}"))
                .getMessage().contains("after the end of the registry object"));
    }

    @Test
    void aByteOrderMarkIsAcceptedAndTheFileIsSerializedAfresh() throws Exception {
        byte[] seed = Examples.seedBytes();
        byte[] withBom = new byte[seed.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, withBom, 3, seed.length);
        Registry registry = RegistryJson.read(withBom, "registry.json");
        assertEquals(JSON.readTree(seed), JSON.readTree(write(registry)));
    }

    @Test
    void nullListsAndEntriesAreTolerated() throws Exception {
        Registry registry = read("""
                {"registry_version": "1.0.0", "projects": [null, {"name": "p", "agents": null}],
                 "deployment_history": [null, {"project": "p", "agent": "a", "action": "deployed", "version": "1"}],
                 "statistics": null}
                """);
        assertEquals(1, registry.projects().size());
        assertEquals(0, registry.projects().get(0).agents().size());
        assertEquals(1, registry.history().size());
        ObjectNode written = (ObjectNode) JSON.readTree(write(registry));
        assertEquals(1, written.get("deployment_history").size());
        assertEquals(1, written.get("projects").size());
    }
}
