package dev.deploytrack.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every registry backend promises, run against each ({@link FileBackendContractTest},
 * {@link PostgresBackendContractTest}): the same promotion rules, approvals, agent bar, idempotency, refusals,
 * rollbacks, testimony, statistics, queries, text, and an import that changes nothing the second time.
 */
abstract class RegistryBackendContract {

    static final Actor CI = Actor.parse("ci:github-actions");
    static final Actor ALICE = Actor.parse("human:alice");
    static final Actor BOB = Actor.parse("human:bob");
    static final Actor AGENT = Actor.parse("agent:claude-code");

    @TempDir
    Path repository;

    final TestClock clock = new TestClock("2026-11-20T09:00:00Z");
    RegistryService service;

    /** A service on a new, empty registry of this backend. */
    abstract RegistryService newService() throws Exception;

    /**
     * What the backend keeps beside the registry's content, to see that nothing was created: the files under the
     * repository (a lock file, a directory), or the database's tables and applied schema versions.
     */
    abstract Set<String> footprint() throws Exception;

    /**
     * Changes what the backend stores behind deploytrack's back, as someone with write access to the file or the
     * database could: every {@code from} in the stored registry becomes {@code to}.
     */
    abstract void editStored(String from, String to) throws Exception;

    /** How many testimony reports the backend keeps (copies under the repository, rows in the database). */
    abstract long keptReports() throws Exception;

    /**
     * A service on another new, empty registry of this backend, whose root is {@code root}: where a registry
     * exported from this one is imported. Released with the test's own.
     */
    abstract RegistryService anotherService(Path root) throws Exception;

    /** Removes what a write leaves for the next one (the lock file), so that a dry run's own can be seen. */
    void forgetLock() throws Exception {
    }

    /** Releases what {@link #newService} made. */
    void cleanUp() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        service = newService();
    }

    @AfterEach
    void close() throws Exception {
        if (service != null) { // null when the backend is not available here and the test was skipped
            service.close();
        }
        cleanUp();
    }

    RegistryStore.Update<Recorded> record(String project, String env, Actor actor, String key, String... agents)
            throws Exception {
        clock.advance(Duration.ofSeconds(30));
        return service.recordDeployment(new DeploymentRequest(project, null,
                Stream.of(agents).map(AgentVersion::parse).toList(), env, actor, null, key, false, null));
    }

    void approve(String project, Actor approver, String... agents) throws Exception {
        clock.advance(Duration.ofSeconds(30));
        service.approve(new ApprovalRequest(project, "production", Stream.of(agents).map(AgentVersion::parse)
                .toList(), approver, "looks good"));
    }

    @Test
    void aDryRunChecksEverythingAndCreatesLocksAndWritesNothing() throws Exception {
        Set<String> empty = footprint();
        DeploymentRequest development = new DeploymentRequest("api", null, List.of(AgentVersion.parse(
                "review@1.0.0")), "development", CI, null, null, false, null);
        RegistryStore.Update<Recorded> check = service.checkDeployment(development);
        assertEquals(1, check.value().entries().size());
        assertFalse(check.written());
        assertEquals(empty, footprint(), "a dry run on a new registry creates nothing");

        service.recordDeployment(development);
        forgetLock();
        Set<String> recorded = footprint();
        DeploymentRequest production = new DeploymentRequest("api", null, List.of(AgentVersion.parse(
                "review@1.0.0")), "production", CI, null, null, false, null);
        assertThrows(RefusedException.class, () -> service.checkDeployment(production));
        DeploymentRequest staging = new DeploymentRequest("api", null, List.of(AgentVersion.parse(
                "review@1.0.0")), "staging", CI, null, null, false, null);
        assertEquals(1, service.checkDeployment(staging).value().entries().size());
        service.read();
        assertEquals(recorded, footprint(), "a dry run and a read lock, create and write nothing");
        assertEquals(1, service.read().history().size());
    }

    /** A file to import that cannot be read says how to mend that file, not how to restore a registry. */
    @Test
    void anUnreadableImportNamesNoBackupThatDoesNotExist() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        Path broken = Files.writeString(repository.resolve("broken.json"), "{\"registry_version\": \"2.0.0\", "
                + "\"projects\": [\n");
        Path noEnvironment = Files.writeString(repository.resolve("old.json"), "{\"registry_version\": \"2.0.0\", "
                + "\"projects\": [], \"deployment_history\": [{\"timestamp\": \"2026-01-01T00:00:00Z\", "
                + "\"project\": \"a\", \"agent_id\": \"x\", \"action\": \"deployed\", \"version\": \"1.0.0\"}]}");
        for (Path file : List.of(broken, noEnvironment)) {
            RegistryException e = assertThrows(RegistryException.class, () -> service.importFrom(file));
            assertTrue(e.line() > 0, e.describe());
            assertFalse(e.hint().contains(".bak"), e.describe());
            assertTrue(e.hint().contains("fix the file to import at that position"), e.describe());
            assertFalse(Files.exists(repository.resolve(file.getFileName() + ".bak")));
        }
        assertEquals(1, service.read().history().size(), "nothing was imported");
    }

    @Test
    void aVersionReachesAnEnvironmentOnlyAfterTheOneBefore() throws Exception {
        RefusedException early = assertThrows(RefusedException.class,
                () -> record("api", "staging", CI, null, "review@1.0.0"));
        assertTrue(early.getMessage().startsWith("review@1.0.0 has not been recorded in development for api"),
                early.getMessage());
        assertEquals(0, service.read().history().size(), "a refusal writes nothing");
        record("api", "development", CI, null, "review@1.0.0");
        record("api", "staging", CI, null, "review@1.0.0");
        assertEquals(List.of("development", "staging"),
                service.read().history().stream().map(HistoryEntry::environment).toList());
        clock.advance(Duration.ofSeconds(30));
        service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("hotfix@2.0.0")),
                "staging", CI, null, null, true, "outage"));
        HistoryEntry emergency = service.read().history().get(2);
        assertTrue(emergency.emergency());
        assertEquals("outage", emergency.reason());
    }

    @Test
    void productionNeedsAnotherPersonsApprovalAndNeverAnAgent() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        record("api", "staging", CI, null, "review@1.0.0");
        RefusedException unapproved = assertThrows(RefusedException.class,
                () -> record("api", "production", BOB, null, "review@1.0.0"));
        assertTrue(unapproved.getMessage().contains("has no approval for production"), unapproved.getMessage());
        approve("api", BOB, "review@1.0.0");
        RefusedException own = assertThrows(RefusedException.class,
                () -> record("api", "production", BOB, null, "review@1.0.0"));
        assertTrue(own.getMessage().contains("is approved only by human:bob, who is recording it"), own.getMessage());
        assertThrows(RefusedException.class, () -> approve("api", CI, "review@1.0.0"));
        assertThrows(RefusedException.class, () -> approve("api", AGENT, "review@1.0.0"));
        approve("api", ALICE, "review@1.0.0");
        RefusedException agent = assertThrows(RefusedException.class,
                () -> record("api", "production", AGENT, null, "review@1.0.0"));
        assertTrue(agent.getMessage().startsWith("an agent (agent:claude-code) may never record"), agent.getMessage());
        record("api", "production", BOB, null, "review@1.0.0");
        Registry registry = service.read();
        assertEquals(2, registry.approvals().size());
        assertEquals(3, registry.history().size());
        assertEquals("1.0.0", registry.project("api").orElseThrow().agent("review", "production").orElseThrow()
                .version());
    }

    @Test
    void anIdempotencyKeyRecordsOnceForAProjectAndEnvironment() throws Exception {
        assertFalse(record("api", "development", CI, "run-1", "review@1.0.0").value().duplicate());
        RegistryStore.Update<Recorded> again = record("api", "development", CI, "run-1", "review@1.1.0");
        assertTrue(again.value().duplicate());
        assertFalse(again.written());
        assertFalse(record("web", "development", CI, "run-1", "review@1.0.0").value().duplicate(),
                "the key is per project and environment");
        Registry registry = service.read();
        assertEquals(2, registry.history().size());
        assertEquals("1.0.0", registry.project("api").orElseThrow().agent("review", "development").orElseThrow()
                .version());
    }

    @Test
    void aRollbackReturnsToAnEarlierVersionThatRanThere() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        record("api", "development", CI, null, "review@1.2.0");
        assertThrows(RefusedException.class, () -> service.rollback(new RollbackRequest("api", "development",
                List.of(AgentVersion.parse("review@1.1.0")), ALICE, "never ran", null, null)));
        assertThrows(InvalidRequestException.class, () -> service.rollback(new RollbackRequest("api",
                "development", List.of(AgentVersion.parse("review@1.0.0")), ALICE, " ", null, null)));
        service.rollback(new RollbackRequest("api", "development", List.of(AgentVersion.parse("review@1.0.0")),
                ALICE, "1.2.0 broke the build", null, "rb-1"));
        Registry registry = service.read();
        HistoryEntry rollback = registry.history().get(2);
        assertEquals(List.of(HistoryEntry.ROLLED_BACK, "1.0.0", "1.2.0"), List.of(rollback.action(),
                rollback.version(), rollback.previousVersion()));
        assertEquals("1.0.0", registry.project("api").orElseThrow().agents().get(0).version());
    }

    @Test
    void statisticsAgreeWithTheHistoryAfterEveryKindOfWrite() throws Exception {
        record("api", "development", CI, "a", "review@1.0.0", "deploy@1.0.0");
        record("web", "development", CI, null, "review@1.0.0");
        record("api", "development", CI, null, "review@1.1.0");
        record("api", "staging", CI, null, "review@1.1.0");
        service.rollback(new RollbackRequest("api", "development", List.of(AgentVersion.parse("review@1.0.0")),
                ALICE, "r", null, null));
        approve("web", ALICE, "review@1.0.0");
        Registry registry = service.read();
        Statistics statistics = registry.statistics();
        assertTrue(StatisticsDeriver.derive(registry).sameAs(statistics), statistics.toString());
        assertEquals(2, statistics.totalProjects());
        assertEquals(6, statistics.totalDeployments());
        assertEquals("review", statistics.mostDeployedAgent());
        assertEquals(2, statistics.projectsByAgent().get("review"));
        assertEquals(5, statistics.deploymentsByEnvironment().get("development"));
    }

    @Test
    void queriesAnswerTheSameOnEveryBackend() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        record("web", "development", CI, null, "review@1.1.0");
        RegistryQueries queries = new RegistryQueries(service.read(), RegistrySettings.defaults());
        assertEquals(2, queries.agent("review").uses().size());
        assertEquals(1, queries.impact(List.of(AgentVersion.parse("review@1.1.0"))).outdated().size());
        assertEquals("api", queries.project("api").name());
        assertThrows(InvalidRequestException.class, () -> queries.project("nope"));
    }

    RegistryStore.Update<Recorded> recordCommit(String project, String commit) throws Exception {
        clock.advance(Duration.ofSeconds(30));
        return service.recordDeployment(new DeploymentRequest(project, null, List.of(AgentVersion.parse(
                "review@1.0.0")), "development", CI, commit, null, false, null));
    }

    RegistryStore.Update<Recorded> recordAt(String name, String directory, String env) throws Exception {
        clock.advance(Duration.ofSeconds(30));
        return service.recordDeployment(new DeploymentRequest(name, repository.resolve(directory),
                List.of(AgentVersion.parse("review@1.0.0")), env, CI, null, null, false, null));
    }

    /**
     * {@code record-deployment --project DIR} without a name records into the project the registry has at that
     * directory, whatever its name, rather than adding a second project named after the directory.
     */
    @Test
    void aProjectGivenByItsDirectoryIsFoundByPathBeforeItIsNamedAfterIt() throws Exception {
        recordAt("Billing", "services/billing-agent", "development");
        recordAt("api", "services/api", "development");
        RegistryStore.Update<Recorded> byPath = recordAt(null, "services/billing-agent", "staging");
        assertEquals("Billing", byPath.value().project());
        service.recordComponent(new ComponentDeploymentRequest(null, repository.resolve("services/billing-agent"),
                "app", null, "staging", CI, "0123456789abcdef0123456789abcdef01234567", null), false);
        Registry registry = service.read();
        assertEquals(List.of("Billing", "api"), registry.projects().stream().map(ProjectEntry::name).toList());
        assertEquals(List.of("Billing", "api", "Billing", "Billing"), registry.history().stream()
                .map(HistoryEntry::project).toList());
        assertEquals(List.of("development", "staging"), registry.project("Billing").orElseThrow().agents().stream()
                .map(AgentDeployment::environment).toList());

        // A directory no project has yet is a new project named after it; the repository itself is ".".
        assertEquals("web", recordAt(null, "services/web", "development").value().project());
        recordAt("Shop Assistant", ".", "development");
        assertEquals("Shop Assistant", recordAt(null, ".", "staging").value().project());
        assertEquals(4, service.read().projects().size());

        // Two projects at one directory (each recorded with its name): the directory alone does not say which.
        recordAt("Billing v2", "services/billing-agent", "development");
        Set<String> before = footprint();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> recordAt(null,
                "services/billing-agent", "staging"));
        assertTrue(e.getMessage().startsWith("the directory services/billing-agent is registered as the projects "
                + "'Billing', 'Billing v2'; pass "), e.getMessage());
        assertEquals(before, footprint());
    }

    /** A commit is recorded only as a commit id: git is handed what the registry holds. */
    @Test
    void aCommitThatIsNoCommitIdIsRefusedWhenRecorded() throws Exception {
        Set<String> before = footprint();
        for (String bad : List.of("abc123", "--output=/tmp/x", "main", "HEAD~1", "g".repeat(40), "a".repeat(41),
                "a".repeat(63), "0123456 789abcd")) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> recordCommit("api", bad));
            assertTrue(e.getMessage().startsWith("the git commit '" + bad + "' is not a commit id: a commit id is 7 "
                    + "to 40 hexadecimal characters (64 in a SHA-256 repository)"), e.getMessage());
        }
        assertEquals(before, footprint(), "nothing was written");
        for (String good : List.of("abc1234", "0123456789ABCDEF0123456789abcdef01234567", "f".repeat(64),
                " 89abcdef ")) {
            recordCommit("api", good);
            assertEquals(good.strip(), service.read().history().get(service.read().history().size() - 1)
                    .gitCommit());
        }
    }

    /** A commit stored behind deploytrack's back that is not a commit id is an invalid record, never passed on. */
    @Test
    void aStoredCommitThatIsNoCommitIdIsAnInvalidRecord() throws Exception {
        String commit = "0123456789abcdef0123456789abcdef01234567";
        recordCommit("api", commit);
        editStored(commit, "--output=/tmp/x");
        RegistryException read = assertThrows(RegistryException.class, () -> service.read());
        assertTrue(read.getMessage().endsWith("has git_commit '--output=/tmp/x', which is not a commit id: a commit "
                + "id is 7 to 40 hexadecimal characters (64 in a SHA-256 repository)"), read.getMessage());
        assertTrue(read.hint().contains("git_commit") && read.hint().endsWith("nothing was written"), read.hint());
        RegistryException write = assertThrows(RegistryException.class, () -> recordCommit("api", commit));
        assertEquals(read.getMessage(), write.getMessage());
    }

    @Test
    void hostileTextIsKeptExactly() throws Exception {
        RegistryGenerator generator = new RegistryGenerator(77);
        for (int i = 0; i < 15; i++) {
            // Hostile in every way a request may store (RequestText refuses control characters before the backend).
            String project = generator.requestName();
            String agent = generator.token();
            String key = generator.requestName();
            Actor actor = new Actor(Actor.Kind.CI, generator.name());
            clock.advance(Duration.ofSeconds(1));
            service.recordDeployment(new DeploymentRequest(project, null, List.of(new AgentVersion(agent, "1.0.0")),
                    "development", actor, generator.commitId(), key, false, null));
            HistoryEntry last = service.read().history().get(i);
            assertEquals(List.of(project, agent, key, actor), List.of(last.project(), last.agent(),
                    last.idempotencyKey(), last.actor()));
        }
        assertTrue(StatisticsDeriver.derive(service.read()).sameAs(service.read().statistics()));
    }

    /** registry import: a file's registry moved into this backend; the same file again changes nothing. */
    @Test
    void importingAFileTwiceChangesNothingTheSecondTime() throws Exception {
        Path source = Examples.copyTo(repository.resolve("example")).resolve("deployments/registry.json");
        RegistryStore.Update<RegistryImport.Imported> first = service.importFrom(source);
        assertTrue(first.written());
        Registry imported = service.read();
        RegistryStore.Update<RegistryImport.Imported> second = service.importFrom(source);
        assertFalse(second.written());
        assertFalse(second.value().changedAnything());
        assertEquals(RegistryGenerator.snapshot(imported), RegistryGenerator.snapshot(service.read()));

        Registry seed = RegistryJson.read(Examples.seedBytes(), "seed");
        assertEquals(seed.projects().size(), imported.projects().size());
        assertEquals(seed.history().size(), imported.history().size());
        assertTrue(imported.history().stream().allMatch(entry -> "production".equals(entry.environment())),
                "1.0.0 deployments get registry.legacy-environment");
        assertTrue(StatisticsDeriver.derive(imported).sameAs(imported.statistics()));
        // The rules work on what was imported: the imported production versions count as recorded there.
        record("payments-api", "development", CI, "after-import", "code-review@9.0.0");
        assertEquals(seed.history().size() + 1, service.read().history().size());
    }

    /** registry export: any backend as a file and its pages; importing the export elsewhere gives the same registry. */
    @Test
    void anExportIsAFileRegistryWithItsPages() throws Exception {
        record("api", "development", CI, "k1", "review@1.0.0");
        record("api", "staging", CI, null, "review@1.0.0");
        approve("api", ALICE, "review@1.0.0");
        Path output = repository.resolve("export/deployments/registry.json");
        RegistryImport.Imported exported = service.exportTo(output);
        assertEquals(List.of(1, 2, 1), List.of(exported.projects(), exported.history(), exported.approvals()));
        assertTrue(Files.readString(output.resolveSibling("by-project/api.md")).startsWith("# api\n"));
        Registry file = RegistryJson.read(Files.readAllBytes(output), "export");
        assertEquals(RegistryGenerator.snapshot(withoutLastUpdated(service.read())),
                RegistryGenerator.snapshot(withoutLastUpdated(file)));
        service.importFrom(output);
        assertEquals(2, service.read().history().size(), "importing its own export adds nothing");
    }

    RegistryStore.Update<Recorded> recordApp(String project, String env, Actor actor, String commit, String key)
            throws Exception {
        clock.advance(Duration.ofSeconds(30));
        return service.recordComponent(new ComponentDeploymentRequest(project, null, "app", null, env, actor, commit,
                key), false);
    }

    /** The application's deployments (drift's other side) are kept with their commit, and count as no agent's. */
    @Test
    void theApplicationsDeploymentsAreKeptWithTheirCommitAndCountForNoAgent() throws Exception {
        String commit = "a".repeat(40);
        RegistryStore.Update<Recorded> app = recordApp("api", "development", CI, commit, "run-7");
        assertTrue(app.written());
        assertTrue(service.read().project("api").isPresent(), "the application's first deployment adds the project");
        record("api", "development", CI, "run-7", "review@1.0.0");
        assertTrue(recordApp("api", "development", CI, "b".repeat(40), "run-7").value().duplicate(),
                "the key records the application once");
        assertFalse(record("api", "development", CI, "run-7", "review@1.1.0").written(),
                "and the agents once: the scopes are apart");
        Registry registry = service.read();
        HistoryEntry entry = registry.history().get(0);
        assertEquals(List.of(HistoryEntry.COMPONENT_DEPLOYED, "app", commit, "development", "run-7"),
                List.of(entry.action(), entry.component(), entry.gitCommit(), entry.environment(),
                        entry.idempotencyKey()));
        assertEquals(null, entry.agent());
        assertFalse(entry.isDeployment(), "no agent was deployed");
        assertEquals(1, registry.statistics().totalDeployments());
        assertTrue(StatisticsDeriver.derive(registry).sameAs(registry.statistics()));
        assertEquals(List.of("review"), registry.project("api").orElseThrow().agents().stream()
                .map(AgentDeployment::id).toList());
        RefusedException agent = assertThrows(RefusedException.class,
                () -> recordApp("api", "production", AGENT, commit, null));
        assertTrue(agent.getMessage().startsWith("an agent (agent:claude-code) may never record"), agent.getMessage());
        InvalidRequestException noCommit = assertThrows(InvalidRequestException.class,
                () -> recordApp("api", "production", CI, " ", null));
        assertTrue(noCommit.getMessage().contains("name the commit deployed"), noCommit.getMessage());
        assertThrows(InvalidRequestException.class, () -> service.recordComponent(new ComponentDeploymentRequest(
                "api", null, "App Server", null, "production", CI, commit, null), false));
        assertFalse(service.recordComponent(new ComponentDeploymentRequest("api", null, "app", "2026.11.3",
                "production", CI, commit, null), true).written(), "a dry run writes nothing");
        assertEquals(2, service.read().history().size());
    }

    /** A filed request: who asked never approves; approve --request takes the request's agents. */
    @Test
    void whoRequestedADeploymentNeverApprovesIt() throws Exception {
        record("api", "development", CI, null, "review@1.0.0", "deploy@2.0.0");
        FiledRequest request = new FiledRequest("r-1234abcd", "api", "production",
                List.of(AgentVersion.parse("review@1.0.0"), AgentVersion.parse("deploy@2.0.0")), ALICE, "c".repeat(40));
        clock.advance(Duration.ofSeconds(30));
        assertTrue(service.fileRequest(request).written());
        assertTrue(service.fileRequest(request).value().duplicate(), "the same request is filed once");
        RefusedException own = assertThrows(RefusedException.class, () -> service.approve(new ApprovalRequest("api",
                "production", List.of(), ALICE, null, "r-1234abcd")));
        assertTrue(own.getMessage().contains("human:alice requested the deployment"), own.getMessage());
        RefusedException ownWithoutTheRequest = assertThrows(RefusedException.class, () -> service.approve(
                new ApprovalRequest("api", "production", List.of(AgentVersion.parse("review@1.0.0")),
                        Actor.parse("human:ALICE"), null)));
        assertTrue(ownWithoutTheRequest.getMessage().contains("cannot approve it"), ownWithoutTheRequest.getMessage());
        assertThrows(RefusedException.class, () -> service.approve(new ApprovalRequest("api", "production",
                List.of(), AGENT, null, "r-1234abcd")));
        InvalidRequestException notInIt = assertThrows(InvalidRequestException.class, () -> service.approve(
                new ApprovalRequest("api", "production", List.of(AgentVersion.parse("review@9.0.0")), BOB, null,
                        "r-1234abcd")));
        assertTrue(notInIt.getMessage().contains("does not ask for review@9.0.0"), notInIt.getMessage());
        assertThrows(InvalidRequestException.class, () -> service.approve(new ApprovalRequest("api", "production",
                List.of(), BOB, null, "r-none")));
        clock.advance(Duration.ofSeconds(30));
        Approved approved = service.approve(new ApprovalRequest("api", "production", List.of(), BOB, "ok",
                "r-1234abcd")).value();
        assertEquals(List.of("review", "deploy"), approved.added().stream().map(Approval::agent).toList());
        assertTrue(approved.added().stream().allMatch(a -> "r-1234abcd".equals(a.request())));
        Registry registry = service.read();
        assertEquals(List.of(HistoryEntry.REQUESTED, HistoryEntry.REQUESTED), registry.history().subList(2, 4).stream()
                .map(HistoryEntry::action).toList());
        assertEquals("r-1234abcd", registry.approvals().get(1).request());
        assertEquals(2, registry.statistics().totalDeployments(), "a request deploys nothing");
        assertTrue(StatisticsDeriver.derive(registry).sameAs(registry.statistics()));
    }

    RegistryStore.Update<TestimonyCollected> testimony(String project, Path report, String... agents)
            throws Exception {
        return service.testimony(new TestimonyRequest(project, report, Set.of(agents)));
    }

    /** testimony: the report is kept by the backend, named and checksummed alike, and marks the agents collected. */
    @Test
    void aTestimonyIsKeptAndShownAlikeOnEveryBackend() throws Exception {
        record("api", "development", CI, null, "review@1.0.0", "deploy@2.0.0");
        byte[] content = "# It went well\n\nReviewed 40 pull requests; no false alarm.\n".getBytes(UTF_8);
        Path report = Files.write(repository.resolve("report.md"), content);
        clock.advance(Duration.ofHours(1));
        RegistryStore.Update<TestimonyCollected> filed = testimony("api", report, "review");
        assertTrue(filed.written());
        TestimonyCollected collected = filed.value();
        assertEquals("reflection_pool/testimonies/api-20261120T100030Z.md", collected.copy());
        assertEquals(Testimonies.sha256(content), collected.sha256());
        assertEquals(List.of(1, false), List.of(collected.agents(), collected.duplicate()));
        assertArrayEquals(content, service.store().testimony(collected.copy()), "the backend keeps the report");
        assertEquals(1, keptReports());

        ProjectEntry project = service.read().project("api").orElseThrow();
        assertTrue(project.agent("review", "development").orElseThrow().testimonyCollected());
        assertFalse(project.agent("deploy", "development").orElseThrow().testimonyCollected());
        assertEquals(List.of(collected.copy(), collected.sha256(), "2026-11-20T10:00:30Z"),
                List.of(project.testimonyFile(), project.testimonySha256(), project.lastSync()));
        ProjectStatus status = new RegistryQueries(service.read(), RegistrySettings.defaults()).project("api");
        assertEquals(collected.copy(), status.testimonyFile());
        StringBuilder text = new StringBuilder();
        status.text(text);
        assertTrue(text.toString().contains("testimony " + collected.copy()), text.toString());
    }

    /** The same report filed again (a re-run CI step) changes nothing; another report gets its own path. */
    @Test
    void filingTheSameTestimonyAgainChangesNothing() throws Exception {
        record("api", "development", CI, null, "review@1.0.0", "deploy@2.0.0");
        Path report = Files.writeString(repository.resolve("report.md"), "# all good\n");
        TestimonyCollected first = testimony("api", report).value();
        Registry before = service.read();
        RegistryStore.Update<TestimonyCollected> again = testimony("api", report);
        assertFalse(again.written());
        assertTrue(again.value().duplicate());
        assertEquals(first.copy(), again.value().copy());
        assertEquals(RegistryGenerator.snapshot(before), RegistryGenerator.snapshot(service.read()));
        assertEquals(1, keptReports());
        assertTrue(testimony("api", report, "review").value().duplicate(), "covered by the first filing");

        Path other = Files.writeString(repository.resolve("other.md"), "# one flaky run\n");
        TestimonyCollected second = testimony("api", other).value(); // the same second as the first
        assertEquals(first.copy().replace(".md", "-2.md"), second.copy());
        assertFalse(second.duplicate());
        assertEquals(2, keptReports());
        assertEquals("# all good\n", new String(service.store().testimony(first.copy()), UTF_8),
                "the first report is kept as it was");
        assertFalse(testimony("api", report).value().duplicate(), "no longer the latest: filed anew");
        assertEquals(3, keptReports());
    }

    /** What testimony refuses, it refuses before anything is kept or marked, with the file and what to do. */
    @Test
    void aRefusedTestimonyKeepsNothing() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        Path report = Files.writeString(repository.resolve("report.md"), "# ok\n");
        Path large = Files.write(repository.resolve("large.md"), new byte[(int) RegistryService.MAX_TESTIMONY_SIZE + 1]);
        Path secret = Files.writeString(repository.resolve("secret.md"), "token: ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\n");
        Registry before = service.read();

        InvalidRequestException tooLarge = assertThrows(InvalidRequestException.class, () -> testimony("api", large));
        assertTrue(tooLarge.getMessage().startsWith(large + " is 1.0 MB"), tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().contains("over the 1.0 MB a testimony may be"), tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().contains("shorten it"), tooLarge.getMessage());
        InvalidRequestException leaked = assertThrows(InvalidRequestException.class, () -> testimony("api", secret));
        assertTrue(leaked.getMessage().contains("remove the secret"), leaked.getMessage());
        assertFalse(leaked.getMessage().contains("a1B2c3D4e5F6g7H8i9J0"), "the secret is not printed");
        assertThrows(InvalidRequestException.class, () -> testimony("nope", report));
        InvalidRequestException agent = assertThrows(InvalidRequestException.class,
                () -> testimony("api", report, "deploy"));
        assertTrue(agent.getMessage().contains("does not run an agent 'deploy'"), agent.getMessage());
        assertThrows(InvalidRequestException.class, () -> testimony("api", repository.resolve("missing.md")));

        assertEquals(0, keptReports());
        assertEquals(RegistryGenerator.snapshot(before), RegistryGenerator.snapshot(service.read()));
    }

    /**
     * registry export writes the reports the registry points at, at those paths under the export's root, and
     * registry import of that export into another registry of this backend keeps them; again, it changes nothing.
     */
    @Test
    void testimoniesTravelWithAnExportAndAnImport() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        record("web", "development", CI, null, "review@1.0.0");
        byte[] content = "# api\n\nfine\n".getBytes(UTF_8);
        TestimonyCollected filed = testimony("api", Files.write(repository.resolve("report.md"), content)).value();

        Path exportRoot = repository.resolve("export");
        Path output = exportRoot.resolve("deployments/registry.json");
        RegistryImport.Imported exported = service.exportTo(output);
        assertEquals(List.of(2, 1), List.of(exported.projects(), exported.testimonies()));
        assertEquals(List.of(), exported.warnings());
        Registry file = RegistryJson.read(Files.readAllBytes(output), "export");
        assertEquals(filed.copy(), file.project("api").orElseThrow().testimonyFile());
        assertArrayEquals(content, Files.readAllBytes(exportRoot.resolve(filed.copy())),
                "the report is where the exported file points");
        assertTrue(Files.readString(output.resolveSibling("by-project/api.md")).contains(filed.copy()));

        RegistryService other = anotherService(repository.resolve("other"));
        RegistryStore.Update<RegistryImport.Imported> imported = other.importFrom(output);
        assertEquals(1, imported.value().testimonies());
        assertArrayEquals(content, other.store().testimony(filed.copy()));
        ProjectEntry project = other.read().project("api").orElseThrow();
        assertEquals(List.of(filed.copy(), filed.sha256()), List.of(project.testimonyFile(),
                project.testimonySha256()));
        Registry once = other.read();
        RegistryStore.Update<RegistryImport.Imported> twice = other.importFrom(output);
        assertFalse(twice.written());
        assertFalse(twice.value().changedAnything());
        assertEquals(RegistryGenerator.snapshot(once), RegistryGenerator.snapshot(other.read()));
        assertEquals(RegistryGenerator.snapshot(withoutLastUpdated(service.read())),
                RegistryGenerator.snapshot(withoutLastUpdated(other.read())));
        // Imported reports are as good as filed ones: the same report again is a duplicate there too.
        assertTrue(other.testimony(new TestimonyRequest("api", repository.resolve("report.md"), Set.of())).value()
                .duplicate());
    }

    /** registry import reads a report only inside the registry's directory, and only the one that was filed. */
    @Test
    void anImportRefusesReportsOutsideItsDirectoryMissingOrChanged() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        testimony("api", Files.writeString(repository.resolve("report.md"), "# filed\n"));
        Path output = repository.resolve("export/deployments/registry.json");
        service.exportTo(output);
        String json = Files.readString(output);
        String path = service.read().project("api").orElseThrow().testimonyFile();
        Files.writeString(repository.resolve("outside.md"), "# not the registry's\n");
        RegistryService other = anotherService(repository.resolve("other"));
        other.recordDeployment(new DeploymentRequest("web", null, List.of(AgentVersion.parse("review@1.0.0")),
                "development", CI, null, null, false, null));

        Path escaping = Files.writeString(output.resolveSibling("escaping.json"), json.replace(path, "../outside.md"));
        InvalidRequestException outside = assertThrows(InvalidRequestException.class, () -> other.importFrom(escaping));
        assertTrue(outside.getMessage().contains("../outside.md"), outside.getMessage());
        assertTrue(outside.getMessage().contains("inside the registry's directory"), outside.getMessage());

        Files.writeString(repository.resolve("export/" + path), "# changed afterwards\n");
        InvalidRequestException changed = assertThrows(InvalidRequestException.class, () -> other.importFrom(output));
        assertTrue(changed.getMessage().contains("is not the report that was filed"), changed.getMessage());

        Files.writeString(repository.resolve("export/" + path), "# filed\n");
        other.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("review@1.0.0")),
                "development", CI, null, null, false, null));
        other.testimony(new TestimonyRequest("api", Files.writeString(repository.resolve("own.md"), "# own\n"),
                Set.of())); // the same clock: the same path as the exported report's
        assertEquals(path, other.read().project("api").orElseThrow().testimonyFile());
        InvalidRequestException clash = assertThrows(InvalidRequestException.class, () -> other.importFrom(output));
        assertTrue(clash.getMessage().contains("differs from the report"), clash.getMessage());
        assertEquals("# own\n", new String(other.store().testimony(path), UTF_8), "the registry's own is kept");

        Files.delete(repository.resolve("export/" + path));
        InvalidRequestException missing = assertThrows(InvalidRequestException.class, () -> other.importFrom(output));
        assertTrue(missing.getMessage().contains(path + ", is not in " + repository.resolve("export")),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("nothing was imported"), missing.getMessage());
        assertEquals(List.of("web", "api"), other.read().projects().stream().map(ProjectEntry::name).toList(),
                "nothing was imported");
        assertEquals(2, other.read().history().size(), "only its own two records");
    }

    private static Registry withoutLastUpdated(Registry registry) {
        registry.lastUpdated(null);
        return registry;
    }
}
