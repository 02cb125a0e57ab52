package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.wording.Setting;
import dev.deploytrack.wording.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryServiceTest {

    private static final Actor CI = Actor.parse("ci:github-actions");
    private static final Actor ALICE = Actor.parse("human:alice");
    private static final Actor BOB = Actor.parse("human:bob");
    private static final Actor CLAUDE = Actor.parse("agent:claude-code");

    @TempDir
    Path root;

    private final TestClock clock = new TestClock("2026-11-20T09:00:00Z");
    private RegistryService service;
    private Path registryFile;

    @BeforeEach
    void setUp() {
        service = RegistryService.open(root, RegistrySettings.defaults(), null, clock);
        registryFile = root.resolve("deployments/registry.json");
    }

    private RegistryStore.Update<Recorded> record(String project, String env, Actor actor, String... agents)
            throws Exception {
        clock.advance(Duration.ofMinutes(1));
        return service.recordDeployment(new DeploymentRequest(project, null, agents(agents), env, actor, null, null,
                false, null));
    }

    private static List<AgentVersion> agents(String... agents) {
        return Stream.of(agents).map(AgentVersion::parse).toList();
    }

    private void approve(String project, Actor approver, String... agents) throws Exception {
        service.approve(new ApprovalRequest(project, "production", agents(agents), approver, null));
    }

    private byte[] registryBytes() throws IOException {
        return Files.readAllBytes(registryFile);
    }

    @Test
    void recordingCreatesTheRegistryWithHistoryStatisticsAndASummary() throws Exception {
        RegistryStore.Update<Recorded> update = record("api", "development", CI, "code-review@1.0.0",
                "db-migrate@2.0.0");
        assertTrue(update.written());
        assertEquals(List.of("deployed", "deployed"), update.value().entries().stream().map(HistoryEntry::action)
                .toList());
        record("api", "development", CI, "code-review@1.1.0");
        record("api", "development", CI, "code-review@1.1.0");
        Registry registry = service.read();
        assertEquals("2.0.0", registry.registryVersion());
        assertEquals(List.of("deployed", "deployed", "updated", "redeployed"),
                registry.history().stream().map(HistoryEntry::action).toList());
        HistoryEntry update1 = registry.history().get(2);
        assertEquals("1.0.0", update1.previousVersion());
        assertEquals(CI, update1.actor());
        AgentDeployment review = registry.project("api").orElseThrow().agent("code-review", "development")
                .orElseThrow();
        assertEquals("1.1.0", review.version());
        assertEquals("2026-11-20T09:01:00Z", review.deployedAt());
        assertEquals("2026-11-20T09:02:00Z", review.updatedAt());
        assertEquals(4, registry.statistics().totalDeployments());
        assertEquals(2, registry.statistics().agentsDeployed());
        assertEquals("code-review", registry.statistics().mostDeployedAgent());
        assertEquals("2026-11-20T09:03:00Z", registry.lastUpdated());
        String summary = Files.readString(root.resolve("deployments/by-project/api.md"));
        assertTrue(summary.contains("| code-review | development | 1.1.0 | 2026-11-20T09:01:00Z | "
                + "2026-11-20T09:02:00Z | not collected |"), summary);
        assertTrue(summary.contains("## Notes"), summary);
    }

    @Test
    void promotionOrderIsEnforcedAndARefusalChangesNoByte() throws Exception {
        record("api", "development", CI, "code-review@1.0.0");
        byte[] before = registryBytes();
        RefusedException refused = assertThrows(RefusedException.class,
                () -> record("api", "production", CI, "code-review@1.0.0"));
        assertTrue(refused.getMessage().contains("code-review@1.0.0 has not been recorded in staging for api"),
                refused.getMessage());
        assertThrows(RefusedException.class, () -> record("api", "staging", CI, "code-review@1.1.0"));
        assertArrayEquals(before, registryBytes());
        record("api", "staging", CI, "code-review@1.0.0");
        assertEquals(2, service.read().history().size());
    }

    @Test
    void anEmergencyOverrideNeedsAReasonAndIsKeptInTheHistory() throws Exception {
        assertThrows(InvalidRequestException.class, () -> service.recordDeployment(new DeploymentRequest("api",
                null, agents("code-review@1.0.1"), "staging", CI, null, null, true, " ")));
        service.recordDeployment(new DeploymentRequest("api", null, agents("code-review@1.0.1"), "staging", CI,
                "f00dcafe", null, true, "CVE-2026-1234 hotfix"));
        HistoryEntry entry = service.read().history().get(0);
        assertTrue(entry.emergency());
        assertEquals("CVE-2026-1234 hotfix", entry.reason());
        assertEquals("f00dcafe", entry.gitCommit());
        assertTrue(Files.readString(root.resolve("deployments/by-project/api.md"))
                .contains("(emergency override) — CVE-2026-1234 hotfix"));
    }

    @Test
    void productionNeedsAnApprovalByAnotherPerson() throws Exception {
        record("api", "development", CI, "code-review@1.0.0");
        record("api", "staging", CI, "code-review@1.0.0");
        byte[] before = registryBytes();
        RefusedException none = assertThrows(RefusedException.class,
                () -> record("api", "production", ALICE, "code-review@1.0.0"));
        assertTrue(none.getMessage().contains("has no approval for production of api"), none.getMessage());
        assertTrue(none.hint().toString().contains("approve with setting project-name=api, setting "
                + "environment=production, setting agents=code-review@1.0.0"), none.hint().toString());
        assertEquals(List.of(Setting.PROJECT_NAME, Setting.ENVIRONMENT, Setting.AGENTS, Setting.ACTOR),
                none.hint().settings(), "the core names settings; each front door words them");
        assertArrayEquals(before, registryBytes());

        approve("api", ALICE, "code-review@1.0.0");
        byte[] approved = registryBytes();
        RefusedException own = assertThrows(RefusedException.class,
                () -> record("api", "production", Actor.parse("human:Alice"), "code-review@1.0.0"));
        assertTrue(own.getMessage().contains("approved only by human:Alice, who is recording it"), own.getMessage());
        assertArrayEquals(approved, registryBytes());

        record("api", "production", BOB, "code-review@1.0.0");
        assertEquals("1.0.0", service.read().project("api").orElseThrow().agent("code-review", "production")
                .orElseThrow().version());
        // An approval covers one version: the next one needs its own.
        record("api", "development", CI, "code-review@1.1.0");
        record("api", "staging", CI, "code-review@1.1.0");
        assertThrows(RefusedException.class, () -> record("api", "production", CI, "code-review@1.1.0"));
    }

    @Test
    void anAgentNeverRecordsOrApprovesProduction() throws Exception {
        record("api", "development", CLAUDE, "code-review@1.0.0");
        record("api", "staging", CLAUDE, "code-review@1.0.0");
        approve("api", ALICE, "code-review@1.0.0");
        byte[] before = registryBytes();
        RefusedException recording = assertThrows(RefusedException.class,
                () -> record("api", "production", CLAUDE, "code-review@1.0.0"));
        assertTrue(recording.getMessage().contains("an agent (agent:claude-code) may never record a deployment in "
                + "production"), recording.getMessage());
        RefusedException approving = assertThrows(RefusedException.class,
                () -> approve("api", CLAUDE, "code-review@1.0.0"));
        assertTrue(approving.getMessage().contains("may never approve"), approving.getMessage());
        assertThrows(RefusedException.class, () -> approve("api", CI, "code-review@1.0.0"));
        assertThrows(RefusedException.class, () -> service.rollback(new RollbackRequest("api", "production",
                agents("code-review@0.9.0"), CLAUDE, "bad", null, null)));
        assertArrayEquals(before, registryBytes());
    }

    @Test
    void theSameIdempotencyKeyRecordedTwiceChangesNothing() throws Exception {
        DeploymentRequest request = new DeploymentRequest("api", null, agents("code-review@1.0.0"), "development",
                CI, "abc1234", "run-4711", false, null);
        assertTrue(service.recordDeployment(request).written());
        byte[] first = registryBytes();
        byte[] summary = Files.readAllBytes(root.resolve("deployments/by-project/api.md"));
        clock.advance(Duration.ofMinutes(5));
        RegistryStore.Update<Recorded> again = service.recordDeployment(request);
        assertFalse(again.written());
        assertTrue(again.value().duplicate());
        assertEquals("2026-11-20T09:00:00Z", again.value().duplicateOf().timestamp());
        assertArrayEquals(first, registryBytes());
        assertArrayEquals(summary, Files.readAllBytes(root.resolve("deployments/by-project/api.md")));
        // The key is per project and environment: the same CI run may deploy the next stage.
        assertTrue(service.recordDeployment(new DeploymentRequest("api", null, agents("code-review@1.0.0"),
                "staging", CI, "abc1234", "run-4711", false, null)).written());
    }

    @Test
    void rollbackReturnsToAVersionThatRanBeforeWithItsReason() throws Exception {
        record("api", "development", CI, "code-review@1.0.0");
        record("api", "development", CI, "code-review@1.1.0");
        assertThrows(InvalidRequestException.class, () -> service.rollback(new RollbackRequest("api",
                "development", agents("code-review@1.0.0"), ALICE, null, null, null)));
        byte[] before = registryBytes();
        assertTrue(assertThrows(RefusedException.class, () -> service.rollback(new RollbackRequest("api",
                "development", agents("code-review@0.9.0"), ALICE, "broken", null, null))).getMessage()
                .contains("never ran in development"));
        assertTrue(assertThrows(RefusedException.class, () -> service.rollback(new RollbackRequest("api",
                "development", agents("code-review@1.1.0"), ALICE, "broken", null, null))).getMessage()
                .contains("already runs"));
        assertArrayEquals(before, registryBytes());
        service.rollback(new RollbackRequest("api", "development", agents("code-review@1.0.0"), ALICE,
                "1.1.0 loops on large diffs", null, null));
        Registry registry = service.read();
        HistoryEntry rollback = registry.history().get(2);
        assertEquals("rolled_back", rollback.action());
        assertEquals("1.1.0", rollback.previousVersion());
        assertEquals("1.1.0 loops on large diffs", rollback.reason());
        assertEquals("1.0.0", registry.project("api").orElseThrow().agent("code-review", "development")
                .orElseThrow().version());
        // Rolling "back" to a newer version that ran before is a move forward, not a rollback.
        assertTrue(assertThrows(RefusedException.class, () -> service.rollback(new RollbackRequest("api",
                "development", agents("code-review@1.1.0"), ALICE, "again", null, null))).getMessage()
                .contains("newer than the running 1.0.0"));
    }

    @Test
    void unknownEnvironmentsMissingActorsAndUnknownProjectsAreInvalidRequests() throws Exception {
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> record("api", "prod", CI, "a@1"));
        assertTrue(unknown.getMessage().contains("the configured environments are development, staging, production"),
                unknown.getMessage());
        assertEquals(List.of(Setting.ENVIRONMENT), unknown.problem().settings());
        // Each front door words the setting: the core spells no flag and no property.
        Wording flags = new Wording() {
            @Override
            public String option(Setting setting, String value) {
                return "<" + setting + " " + value + ">";
            }

            @Override
            public String command(String command, Setting setting) {
                return "<" + command + " " + setting + ">";
            }

            @Override
            public String run(String command, List<Option> options) {
                return "<" + command + " " + options + ">";
            }
        };
        assertTrue(unknown.problem().in(flags).startsWith("unknown environment 'prod' (<ENVIRONMENT prod>)"),
                unknown.problem().in(flags));
        InvalidRequestException noActor = assertThrows(InvalidRequestException.class,
                () -> record("api", "development", null, "a@1"));
        assertTrue(noActor.problem().in(flags).contains("say who acts (<ACTOR KIND:IDENTITY>"),
                noActor.problem().in(flags));
        assertFalse(noActor.getMessage().contains("--actor"), noActor.getMessage());
        assertThrows(InvalidRequestException.class, () -> record("api", "development", CI, "a@1", "a@2"));
        assertThrows(InvalidRequestException.class, () -> approve("nope", ALICE, "a@1"));
        assertThrows(InvalidRequestException.class, () -> service.approve(new ApprovalRequest("api", "staging",
                agents("a@1"), ALICE, null)));
        assertFalse(Files.exists(registryFile));
    }

    @Test
    void aProjectNameDerivedFromAPathDoesNotMergeTwoProjects() throws Exception {
        Path first = Files.createDirectories(root.resolve("team-a/api"));
        Path second = Files.createDirectories(root.resolve("team-b/api"));
        service.recordDeployment(new DeploymentRequest(null, first, agents("a@1.0.0"), "development", CI, null,
                null, false, null));
        assertEquals("team-a/api", service.read().project("api").orElseThrow().path());
        RefusedException e = assertThrows(RefusedException.class, () -> service.recordDeployment(
                new DeploymentRequest(null, second, agents("a@1.0.0"), "development", CI, null, null, false, null)));
        assertTrue(e.getMessage().contains("already registered with path team-a/api, not team-b/api"),
                e.getMessage());
        service.recordDeployment(new DeploymentRequest("api", second, agents("a@1.0.0"), "development", CI, null,
                null, false, null));
        assertEquals("team-b/api", service.read().project("api").orElseThrow().path());
    }

    @Test
    void agentsAreReadFromTheProjectsAgentFilesWhenNotGiven() throws Exception {
        Path project = root.resolve("projects/web");
        Files.createDirectories(project.resolve(".claude/skills/lint"));
        Files.createDirectories(project.resolve(".claude/agents"));
        Files.createDirectories(project.resolve("skills/unversioned"));
        Files.writeString(project.resolve(".claude/skills/lint/SKILL.md"),
                "---\nname: lint\ndescription: d\nmetadata:\n  version: \"0.3.0\"\n---\n");
        Files.writeString(project.resolve(".claude/agents/tester.md"),
                "---\nname: tester\ndescription: d\nversion: 1.0\n---\n");
        Files.writeString(project.resolve("skills/unversioned/SKILL.md"), "---\nname: unversioned\n---\n");
        RegistryStore.Update<Recorded> update = service.recordDeployment(new DeploymentRequest(null, project,
                List.of(), "development", CI, null, null, false, null));
        assertEquals(List.of("lint@0.3.0", "tester@1.0"), update.value().entries().stream()
                .map(e -> e.agent() + "@" + e.version()).toList());
        assertEquals("web", update.value().project());
        assertEquals("projects/web", service.read().project("web").orElseThrow().path());

        Path empty = Files.createDirectories(root.resolve("projects/empty"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> service.recordDeployment(
                new DeploymentRequest(null, empty, List.of(), "development", CI, null, null, false, null)));
        assertTrue(e.getMessage().contains("no agent with a version was found"), e.getMessage());
    }

    /** A testimony is read as every input is (InputFiles): a directory or a file over the limit, in plain words. */
    @Test
    void aTestimonyIsReadLikeEveryInputFile() throws Exception {
        record("api", "development", CI, "code-review@1.0.0");
        Path directory = Files.createDirectories(root.resolve("testimony-dir"));
        InvalidRequestException notAFile = assertThrows(InvalidRequestException.class, () -> service.testimony(
                new TestimonyRequest("api", directory, Set.of())));
        assertTrue(notAFile.getMessage().contains("the testimony is a directory, not a file"), notAFile.getMessage());
        Path large = Files.write(root.resolve("large.md"), new byte[(int) RegistryService.MAX_TESTIMONY_SIZE + 1]);
        InvalidRequestException tooLarge = assertThrows(InvalidRequestException.class, () -> service.testimony(
                new TestimonyRequest("api", large, Set.of())));
        assertTrue(tooLarge.getMessage().contains("over the 1.0 MB a testimony may be"), tooLarge.getMessage());
        assertFalse(Files.exists(root.resolve("reflection_pool")), "nothing was copied");
    }

    @Test
    void testimonyIsCopiedUnderTheRootAndMarksTheProject() throws Exception {
        record("api", "development", CI, "code-review@1.0.0", "db-migrate@2.0.0");
        Path report = Files.writeString(root.resolve("testimony.md"), "# It went well\n");
        clock.advance(Duration.ofHours(1));
        RegistryStore.Update<TestimonyCollected> update = service.testimony(new TestimonyRequest("api", report,
                Set.of("code-review")));
        TestimonyCollected collected = update.value();
        assertEquals("reflection_pool/testimonies/api-20261120T100100Z.md", collected.copy());
        assertEquals("# It went well\n", Files.readString(root.resolve(collected.copy())));
        assertEquals(1, collected.agents());
        ProjectEntry project = service.read().project("api").orElseThrow();
        assertTrue(project.agent("code-review", "development").orElseThrow().testimonyCollected());
        assertEquals("2026-11-20T10:01:00Z", project.lastSync());
        assertFalse(project.agent("db-migrate", "development").orElseThrow().testimonyCollected());
        assertEquals(collected.copy(), project.testimonyFile());
        assertTrue(Files.readString(root.resolve("deployments/by-project/api.md"))
                .contains("collected for 1 of 2 agents"));
        // Another report in the same second gets its own copy rather than overwriting the first.
        Path other = Files.writeString(root.resolve("testimony-2.md"), "# One flaky run\n");
        assertEquals("reflection_pool/testimonies/api-20261120T100100Z-2.md", service.testimony(
                new TestimonyRequest("api", other, Set.of())).value().copy());
    }

    @Test
    void namesFromInputNeverEscapeTheirDirectories() throws Exception {
        String evil = "../../../etc/cron.d/evil";
        record(evil, "development", CI, "code-review@1.0.0");
        Path report = Files.writeString(root.resolve("report;rm -rf ~.$(x)"), "x");
        TestimonyCollected collected = service.testimony(new TestimonyRequest(evil, report, Set.of())).value();
        assertTrue(collected.copy().startsWith("reflection_pool/testimonies/etc-cron.d-evil-"), collected.copy());
        assertTrue(root.resolve(collected.copy()).normalize().startsWith(root.resolve("reflection_pool/testimonies")));
        try (Stream<Path> summaries = Files.list(root.resolve("deployments/by-project"))) {
            List<String> names = summaries.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size());
            assertTrue(names.get(0).matches("etc-cron\\.d-evil-[0-9a-f]{8}\\.md"), names.toString());
        }
        assertFalse(Files.exists(root.resolve("../etc")));
    }

    @Test
    void aSymlinkedTestimonyIsNotCopied() throws Exception {
        record("api", "development", CI, "code-review@1.0.0");
        Path secret = Files.writeString(root.resolve("secret.txt"), "token");
        Path link = root.resolve("testimony.md");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symlinks on this platform
        }
        assertThrows(InvalidRequestException.class, () -> service.testimony(new TestimonyRequest("api", link,
                Set.of())));
    }

    @Test
    void theSummaryKeepsItsNotesAcrossRewrites() throws Exception {
        record("api", "development", CI, "code-review@1.0.0");
        Path summary = root.resolve("deployments/by-project/api.md");
        String notes = "## Notes\n\nOwned by the payments team. Call Dana before a production deploy.\n\n### Links\n"
                + "- runbook\n";
        String content = Files.readString(summary);
        Files.writeString(summary, content.substring(0, content.indexOf("## Notes")) + notes);
        record("api", "development", CI, "code-review@1.1.0");
        String rewritten = Files.readString(summary);
        assertTrue(rewritten.endsWith(notes), rewritten);
        assertTrue(rewritten.contains("| code-review | development | 1.1.0 |"), rewritten);
    }

    @Test
    void theSeedRegistryIsMigratedOnTheFirstWriteWithABackupOfTheOldFile() throws Exception {
        Examples.copyTo(root);
        byte[] seed = Files.readAllBytes(registryFile);
        RegistryStore.Update<Recorded> update = record("payments-api", "development", CI, "code-review@1.3.0");
        assertEquals(SchemaVersion.V1, update.migratedFrom());
        assertEquals(root.resolve("deployments/registry.json.1.0.0.bak"), update.migrationBackup());
        assertArrayEquals(seed, Files.readAllBytes(update.migrationBackup()));
        assertArrayEquals(seed, Files.readAllBytes(root.resolve("deployments/registry.json.bak")));

        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(seed);
        JsonNode after = json.readTree(registryBytes());
        assertEquals("2.0.0", after.get("registry_version").asText());
        // Every 1.0.0 field keeps its value: scripts written for 1.0.0 read the 2.0.0 file.
        for (int p = 0; p < before.get("projects").size(); p++) {
            JsonNode old = before.get("projects").get(p);
            JsonNode migrated = after.get("projects").get(p);
            for (String field : List.of("path", "name", "deployed_at")) {
                assertEquals(old.get(field), migrated.get(field));
            }
            for (int a = 0; a < old.get("agents").size(); a++) {
                JsonNode oldAgent = old.get("agents").get(a);
                JsonNode migratedAgent = migrated.get("agents").get(a);
                oldAgent.fieldNames().forEachRemaining(field -> assertEquals(oldAgent.get(field),
                        migratedAgent.get(field), field));
                assertEquals("production", migratedAgent.get("environment").asText());
            }
        }
        for (int h = 0; h < before.get("deployment_history").size(); h++) {
            JsonNode old = before.get("deployment_history").get(h);
            JsonNode migrated = after.get("deployment_history").get(h);
            old.fieldNames().forEachRemaining(field -> assertEquals(old.get(field), migrated.get(field), field));
            assertEquals("production", migrated.get("environment").asText());
        }
        assertEquals("2026-11-03T10:00:00Z", after.get("projects").get(0).get("agents").get(0).get("updated_at")
                .asText());
        assertEquals(7, after.get("deployment_history").size());
        assertEquals(7, after.get("statistics").get("total_deployments").asInt());
        // Migration rewrote every summary, and kept the notes the team had written.
        String payments = Files.readString(root.resolve("deployments/by-project/payments-api.md"));
        assertTrue(payments.contains("| code-review | development | 1.3.0 |"), payments);
        assertTrue(payments.contains("The payments team reviews every db-migrate plan by hand"), payments);
        assertTrue(Files.exists(root.resolve("deployments/by-project/data-pipeline.md")));
        // A second write keeps the first backup of the 1.0.0 file.
        record("payments-api", "development", CI, "db-migrate@2.0.1");
        assertArrayEquals(seed, Files.readAllBytes(update.migrationBackup()));
        assertFalse(Files.exists(root.resolve("deployments/registry.json.1.0.0.2.bak")));
    }

    @Test
    void aRefusalOnAnOldRegistryDoesNotMigrateIt() throws Exception {
        Examples.copyTo(root);
        byte[] seed = Files.readAllBytes(registryFile);
        assertThrows(RefusedException.class, () -> record("payments-api", "staging", CI, "code-review@9.9.9"));
        assertArrayEquals(seed, registryBytes());
        assertFalse(Files.exists(root.resolve("deployments/registry.json.1.0.0.bak")));
        assertNull(service.read().history().get(0).environment());
    }
}
