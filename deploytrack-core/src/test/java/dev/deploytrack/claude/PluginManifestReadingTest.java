package dev.deploytrack.claude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.discovery.AgentFiles;
import dev.deploytrack.discovery.ClaudePlugin;
import dev.deploytrack.feature.Features;
import dev.deploytrack.json.ParsedJson;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.workspace.MemoryWorkspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plugin manifests and marketplaces as one run reads them: each file parsed once, however many readers (discovery,
 * the manifest's own rules, a marketplace entry's rules, the default-folder rule), and a marketplace entry's source
 * resolved by one resolver, so discovery finds a plugin exactly where the marketplace rules accept its source.
 */
class PluginManifestReadingTest {

    @Test
    void eachManifestIsParsedOncePerRunHoweverManyRulesReadIt() {
        Map<String, String> repo = new LinkedHashMap<>();
        repo.put(".claude-plugin/marketplace.json", "{\"name\": \"team\", \"owner\": {\"name\": \"T\"}, \"plugins\": "
                + "[{\"name\": \"p\", \"source\": \"./plugins/p\", \"version\": \"1.0.0\", \"strict\": false}]}");
        repo.put("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\", \"version\": \"2.0.0\", "
                + "\"agents\": [\"./custom/a.md\"]}");
        repo.put("plugins/p/custom/a.md", "---\nname: a\ndescription: Does a.\n---\nA.\n");
        repo.put("plugins/p/agents/b.md", "---\nname: b\ndescription: Does b.\n---\nB.\n");
        MemoryWorkspace workspace = MemoryWorkspace.of(Path.of("r"), repo);
        ParsedJson json = new ParsedJson();
        AgentFiles files = AgentFileDiscovery.discover(workspace, json);
        FindingCollector findings = new FindingCollector(RulePolicy.defaults());
        CheckContext context = new CheckContext(workspace, files, findings, 1 << 20, null, json);
        for (Check check : Features.checks(DeploytrackConfig.defaults())) {
            check.run(context);
        }
        List<String> rules = findings.toReport().findings().stream().map(Finding::ruleId).distinct().sorted()
                .toList();
        // every reader of plugin.json ran: the marketplace's two entry rules and the plugin's default-folder rule
        assertTrue(rules.containsAll(List.of("claude-marketplace-strict-conflict",
                "claude-marketplace-version-mismatch", "claude-plugin-default-folder-ignored")), rules.toString());
        assertEquals(2, json.parses(), "plugin.json and marketplace.json, once each");
    }

    @Test
    void discoveryFindsAPluginExactlyWhereTheMarketplaceRulesAcceptItsSource() {
        List<String> sources = List.of("./plugins/p", "./plugins/p/", "p", "./plugins/p..q", "./plugins/../plugins/p",
                "./plugins\\\\p", "/plugins/p", "plugins/p");
        for (String source : sources) {
            Map<String, String> repo = new LinkedHashMap<>();
            repo.put(".claude-plugin/marketplace.json", "{\"name\": \"team\", \"owner\": {\"name\": \"T\"}, "
                    + "\"metadata\": {\"pluginRoot\": \"./plugins\"}, \"plugins\": [{\"name\": \"p\", \"source\": \""
                    + source + "\"}]}");
            repo.put("plugins/p/agents/a.md", "---\nname: a\ndescription: Does a.\n---\nA.\n");
            repo.put("plugins/p..q/agents/a.md", "---\nname: a\ndescription: Does a.\n---\nA.\n");
            MemoryWorkspace workspace = MemoryWorkspace.of(Path.of("r"), repo);
            boolean found = AgentFileDiscovery.discover(workspace).plugins().stream()
                    .map(ClaudePlugin::marketplace).anyMatch(".claude-plugin/marketplace.json"::equals);
            Report report = new Validator(DeploytrackConfig.defaults()).validate(workspace);
            boolean accepted = report.findings().stream()
                    .noneMatch(f -> f.ruleId().equals("claude-marketplace-source"));
            assertEquals(accepted, found, "source '" + source + "': found by discovery " + found
                    + ", accepted by claude-marketplace-source " + accepted);
        }
    }
}
