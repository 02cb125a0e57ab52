package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryQueriesTest {

    private RegistryQueries queries;

    @BeforeEach
    void readTheSeed() throws Exception {
        Registry seed = RegistryJson.read(Examples.seedBytes(), "registry.json");
        RegistryMigration.migrate(seed, "production");
        seed.project("checkout-web").orElseThrow().deploy("code-review", "1.3.0", "staging", "2026-11-21T00:00:00Z",
                null);
        seed.append(new HistoryEntry("2026-11-21T00:00:00Z", "checkout-web", "code-review", "deployed", "1.3.0")
                .environment("staging"));
        seed.project("data-pipeline").orElseThrow().deploy("release-notes", "nightly", "development", "t", null);
        queries = new RegistryQueries(seed, RegistrySettings.defaults());
    }

    @Test
    void statusListsEveryAgentWithDeploymentsAndVersionsNewestFirst() {
        AgentsStatus status = queries.agents("deployments/registry.json");
        assertEquals(3, status.projects());
        assertEquals(7, status.deployments());
        AgentsStatus.AgentSummary review = status.agents().get(0);
        assertEquals("code-review", review.id());
        assertEquals(4, review.deployments());
        assertEquals(2, review.projects());
        assertEquals("[1.3.0 (1), 1.2.0 (1), 1.1.0 (1)]", review.versions().toString());
        assertEquals("[0.9.0 (1), nightly (1)]", status.agents().get(2).versions().toString());
        String text = status.render(QueryFormat.TEXT);
        assertTrue(text.startsWith("deployments/registry.json: 3 agents, 3 projects, 7 deployments\n\n"
                + "AGENT          DEPLOYMENTS  PROJECTS  VERSIONS IN USE\n"
                + "code-review    4            2         1.3.0 (1), 1.2.0 (1), 1.1.0 (1)\n"), text);
    }

    @Test
    void statusOfOneAgentListsProjectsAndEnvironmentsInPromotionOrder() throws Exception {
        AgentStatus status = queries.agent("code-review");
        assertEquals(List.of("checkout-web/staging/1.3.0", "checkout-web/production/1.1.0",
                "payments-api/production/1.2.0"), status.uses().stream()
                .map(u -> u.project() + "/" + u.environment() + "/" + u.version()).toList());
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> queries.agent("code-reviw"));
        assertTrue(unknown.getMessage().contains("did you mean 'code-review'?"), unknown.getMessage());
    }

    @Test
    void statusOfOneProjectListsItsAgents() throws Exception {
        ProjectStatus status = queries.project("payments-api");
        assertEquals("projects/payments-api", status.path());
        assertEquals("2026-11-10T08:30:00Z", status.lastSync());
        assertEquals(2, status.agents().size());
        assertTrue(status.agents().get(0).testimonyCollected());
        String markdown = status.render(QueryFormat.MARKDOWN);
        assertTrue(markdown.contains("| code-review | production | 1.2.0 | 2026-10-02T09:14:00Z | "
                + "2026-11-03T10:00:00Z | collected |"), markdown);
        assertThrows(InvalidRequestException.class, () -> queries.project("payments"));
    }

    @Test
    void impactListsProjectsRunningOlderVersionsBySemanticOrder() throws Exception {
        ImpactReport impact = queries.impact(List.of(AgentVersion.parse("code-review@1.3.0"),
                AgentVersion.parse("db-migrate@2.0.10"), AgentVersion.parse("release-notes@1.0.0"),
                AgentVersion.parse("reviewer@0.4.0")));
        assertEquals(List.of("code-review checkout-web production 1.1.0", "code-review payments-api production 1.2.0",
                "db-migrate data-pipeline production 1.4.0", "db-migrate payments-api production 2.0.1",
                "release-notes checkout-web production 0.9.0"), impact.outdated().stream()
                .map(o -> o.agent() + " " + o.project() + " " + o.environment() + " " + o.running()).toList());
        assertEquals(1, impact.upToDate(), "checkout-web staging already runs code-review 1.3.0");
        assertEquals(1, impact.notComparable().size(), "'nightly' cannot be ordered against 1.0.0");
        assertEquals(List.of("reviewer"), impact.notDeployed());
        assertTrue(impact.anyOutdated());

        JsonNode json = new ObjectMapper().readTree(impact.render(QueryFormat.JSON));
        assertEquals("2.0.10", json.get("outdated").get(3).get("current").asText());
        assertEquals(1, json.get("up_to_date").asInt());
        assertFalse(json.has("any_outdated"));
        String text = impact.render(QueryFormat.TEXT);
        assertTrue(text.startsWith("5 deployments in 3 projects run an older version; 1 up to date (4 agents "
                + "checked)\n"), text);
        assertTrue(text.contains("Not deployed anywhere: reviewer"), text);
    }

    @Test
    void markdownCellsCannotBreakTheTable() {
        TextTable table = new TextTable("A", "B").row("x | y", "line\nbreak");
        StringBuilder out = new StringBuilder();
        table.markdown(out);
        assertEquals("| A | B |\n| --- | --- |\n| x \\| y | line break |\n", out.toString());
    }
}
