package dev.deploytrack.release;

import static dev.deploytrack.drift.DriftRepo.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.drift.DriftRepo;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.drift.ProjectScope;
import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.ApprovalRequest;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryMigration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploytrack request} on a fixture repository: what goes out and what it replaces, the commits, the checks,
 * token and cost changes, the risk from the team's rules, and rollback and approve commands the registry accepts.
 */
class ReleaseRequestsTest {

    private static final String REVIEW = ".claude/skills/code-review/SKILL.md";
    private static final String CONFIG = """
            cost:
              model: claude-sonnet-4-5
              workload: {calls-per-run: 10, input-tokens-per-call: 1000, output-tokens-per-call: 200,
                         skills: {code-review: 1}}
              environments:
                production: {runs-per-day: 100}
            request:
              risk:
                first-deployment: high
                write-tools: medium
                token-increase: {over: 50%, level: low}
                findings: critical
            """;

    @TempDir
    Path directory;

    DriftRepo repo;
    String first;

    @BeforeEach
    void deployed() throws Exception {
        repo = new DriftRepo(directory);
        first = repo.commit("Review skill", Map.of(REVIEW, skill("code-review", "1.0.0", "Review."),
                "environments/production/budget-limits.yaml", "monthly_limit_usd: 500\n",
                "environments/production/model-overrides.yaml", "default_model: claude-sonnet-4-5\n",
                "deploytrack.yml", CONFIG));
        repo.deployApp("staging", first);
        repo.deploy("staging", first, "code-review@1.0.0");
        repo.deploy("production", first, "code-review@1.0.0");
        repo.commit("Review in depth", Map.of(REVIEW, skill("code-review", "1.1.0",
                "Review. Read every changed file, then the files that call it, and report each problem with the line,"
                        + " why it is wrong and how to fix it. " + "Check tests, names and error handling. ".repeat(20))));
        repo.commit("Docs", Map.of("README.md", "docs\n"));
        repo.commit("A fixer agent", Map.of(".claude/agents/fixer.md",
                "---\nname: fixer\ndescription: Fixes small bugs.\nversion: 0.1.0\ntools: Read, Edit\n---\nFix.\n"));
    }

    private ReleaseRequest request(String environment) throws Exception {
        return requests().build(new ProjectScope("shop", ""), environment, null);
    }

    private ReleaseRequests requests() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse(CONFIG, "deploytrack.yml");
        Registry registry = repo.registry();
        RegistryMigration.migrate(registry, config.registry().legacyEnvironment());
        return new ReleaseRequests(GitHistory.open(repo.root), registry, config, repo.clock);
    }

    @Test
    void whatGoesOutWhatItReplacesAndWhy() throws Exception {
        ReleaseRequest request = request("production");
        assertEquals(ReleaseRequest.AWAITING, request.status());
        assertEquals(List.of("code-review", "fixer"), request.agents().stream().map(ReleaseRequest.Outgoing::id)
                .toList());
        ReleaseRequest.Outgoing review = request.agents().get(0);
        assertEquals(List.of("1.1.0", "1.0.0", "changed"), List.of(review.version(), review.replaces(),
                review.change()));
        assertEquals(List.of("Review in depth"), review.commits().stream().map(GitHistory.Commit::subject).toList(),
                "path-scoped: the docs commit and the fixer's are not code-review's");
        assertTrue(review.tokensAfter() > review.tokensBefore() * 2, review.tokensBefore() + " -> "
                + review.tokensAfter());
        assertEquals("accepted", review.rollbackCheck());
        assertTrue(review.rollback().contains("--agent code-review@1.0.0"), review.rollback());
        ReleaseRequest.Outgoing fixer = request.agents().get(1);
        assertEquals("new", fixer.change());
        assertNull(fixer.replaces());
        assertNull(fixer.rollback(), "no earlier version to return to");
        assertEquals(List.of("Edit"), fixer.writeTools());

        assertEquals(RiskLevel.HIGH, request.risk());
        assertEquals(List.of("first-deployment", "write-tools", "token-increase"), request.reasons().stream()
                .map(ReleaseRequest.Reason::rule).toList());
        // Not filed (request without --actor): approved by the versions, since approve --request would find nothing.
        assertEquals("deploytrack approve --name shop --env production --agent code-review@1.1.0 --agent fixer@0.1.0"
                + " --actor human:<name>", request.approve());
        ReleaseRequest.Check promotion = check(request, "promotion order");
        assertFalse(promotion.passed(), "1.1.0 never ran in staging: " + promotion.verdict());
        assertTrue(check(request, "validate").passed());
        assertTrue(check(request, "secret scan").passed());
        assertTrue(request.cost().after().compareTo(request.cost().before()) > 0, request.cost().toString());
        assertEquals(0, request.cost().limit().compareTo(new java.math.BigDecimal("500")));
    }

    @Test
    void theSameRepositoryAndRegistryGiveTheSameRequest() throws Exception {
        ReleaseRequest once = request("production");
        repo.clock.advance(java.time.Duration.ofDays(3));
        ReleaseRequest again = request("production");
        assertEquals(ReleaseRequestWriter.markdown(once), ReleaseRequestWriter.markdown(again));
        assertEquals(ReleaseRequestWriter.json(once), ReleaseRequestWriter.json(again));
        repo.commit("Another review change", Map.of(REVIEW, skill("code-review", "1.1.1", "Review.")));
        assertNotEquals(once.id(), request("production").id(), "another commit, another request");
    }

    @Test
    void approvalsAndTheEarlierEnvironmentChangeTheVerdicts() throws Exception {
        repo.deploy("staging", repo.head(), "code-review@1.1.0", "fixer@0.1.0");
        assertTrue(check(request("production"), "promotion order").passed());
        repo.service().approve(new ApprovalRequest("shop", "production", List.of(AgentVersion.parse(
                "code-review@1.1.0"), AgentVersion.parse("fixer@0.1.0")), Actor.parse("human:bob"), null));
        ReleaseRequest approved = request("production");
        assertEquals(ReleaseRequest.APPROVED, approved.status());
        assertEquals(List.of("human:bob"), approved.agents().get(0).approvedBy());
        assertEquals(ReleaseRequest.NOT_NEEDED, request("development").status());
    }

    @Test
    void aSecretGoingOutFailsTheScanAndMeetsTheFindingsRule() throws Exception {
        repo.commit("Oops", Map.of(".claude/skills/code-review/notes.md",
                "token: ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5" + "\n"));
        ReleaseRequest request = request("production");
        assertFalse(check(request, "secret scan").passed());
        assertEquals(RiskLevel.CRITICAL, request.risk());
        String json = ReleaseRequestWriter.json(request);
        assertFalse(json.contains("aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5"), "never a secret in a request");
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertEquals("critical", parsed.get("risk").asText());
        assertEquals("AWAITING HUMAN APPROVAL", parsed.get("status").asText());
    }

    /** The approve command a request prints is one the registry accepts, before and after the request is filed. */
    @Test
    void theApproveCommandPrintedIsOneTheRegistryAccepts() throws Exception {
        ReleaseRequest unfiled = request("production");
        assertFalse(unfiled.approve().contains("--request"), unfiled.approve());
        List<AgentVersion> versions = List.of(AgentVersion.parse("code-review@1.1.0"), AgentVersion.parse(
                "fixer@0.1.0"));
        repo.service().fileRequest(new dev.deploytrack.registry.FiledRequest(unfiled.id(), "shop", "production",
                versions, Actor.parse("ci:github-actions"), unfiled.commit()));
        ReleaseRequest filed = request("production");
        assertEquals("deploytrack approve --name shop --env production --request " + unfiled.id()
                + " --actor human:<name>", filed.approve());
        assertEquals(filed.approve(), unfiled.filed(versions).approve(), "as request --actor prints it on filing");
        repo.service().approve(new ApprovalRequest("shop", "production", List.of(), Actor.parse("human:dana"), null,
                unfiled.id()));
        assertEquals(ReleaseRequest.APPROVED, request("production").status());
    }

    /**
     * A project in a subdirectory: the checklist still reads the CI files of the whole repository (the project's
     * tree and the repository's are two workspaces of one commit).
     */
    @Test
    void theChecklistOfAProjectInASubdirectorySeesTheRepositorysWorkflows() throws Exception {
        repo.commit("CI", Map.of(".github/workflows/ci.yml",
                "on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n"
                        + "      - run: java -jar deploytrack.jar validate\n"));
        Checklist checklist = Checklist.build(requests(), repo.registry(), new ProjectScope("shop", ".claude"),
                "production", null);
        Checklist.Item scan = item(checklist, "Secret scanning runs in CI");
        assertEquals(Checklist.State.DONE, scan.state(), scan.toString());
    }

    @Test
    void nothingBehindIsNothingToDeploy() throws Exception {
        repo.deploy("production", repo.head(), "code-review@1.1.0", "fixer@0.1.0");
        ReleaseRequest request = request("production");
        assertEquals(ReleaseRequest.NOTHING, request.status());
        assertNull(request.approve());
        assertEquals(List.of("code-review", "fixer"), request.unchanged().stream()
                .map(ReleaseRequest.Unchanged::id).toList());
    }

    @Test
    void theChecklistTicksWhatTheDataDecides() throws Exception {
        Checklist before = Checklist.build(requests(), repo.registry(), new ProjectScope("shop", ""), "production",
                null);
        assertEquals(Checklist.State.OPEN, item(before, "Secret scanning runs in CI").state());
        assertEquals(Checklist.State.OPEN, item(before, "A rollback is recorded for every agent going out "
                + "(an earlier version ran in production)").state(), "fixer has no earlier version");
        assertEquals(Checklist.State.PERSON, item(before, "Monitoring and alerts watch the agents' errors and spend")
                .state());
        assertEquals(Checklist.State.DONE, item(before, "Every skill is valid (Agent Skills specification)").state());
        repo.commit("CI", Map.of(".github/workflows/ci.yml", "on: push\njobs:\n  v:\n    runs-on: ubuntu-latest\n"
                + "    steps:\n      - run: java -jar deploytrack.jar validate .\n",
                ".claude/agents/helper.md", "---\nname: helper\ndescription: Helps.\n---\nHelp.\n"));
        Checklist after = Checklist.build(requests(), repo.registry(), new ProjectScope("shop", ""), "production",
                null);
        Checklist.Item scanning = item(after, "Secret scanning runs in CI");
        assertEquals(Checklist.State.DONE, scanning.state());
        assertEquals("in .github/workflows/ci.yml", scanning.reason());
        Checklist.Item versions = item(after, "Every agent has a version (metadata.version)");
        assertEquals(Checklist.State.OPEN, versions.state());
        assertEquals("no version: helper", versions.reason());
        assertTrue(after.markdown().contains("- [x] Secret scanning runs in CI — in .github/workflows/ci.yml"),
                after.markdown());
        assertTrue(after.open() > 0);
    }

    private static ReleaseRequest.Check check(ReleaseRequest request, String name) {
        return request.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Checklist.Item item(Checklist checklist, String text) {
        return checklist.lists().stream().flatMap(section -> section.items().stream())
                .filter(item -> item.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + checklist.text()));
    }
}
