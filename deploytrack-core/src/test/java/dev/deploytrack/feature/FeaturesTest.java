package dev.deploytrack.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.check.FileRules;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.config.RuleCatalog;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.Rule;
import dev.deploytrack.secrets.SecretFeature;
import dev.deploytrack.skills.SkillFeature;
import dev.deploytrack.tokens.TokenFeature;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.workspace.MemoryWorkspace;
import dev.deploytrack.yaml.ConfigException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The registration: the one list of features is where the catalogue, the loader and the training run come from. */
class FeaturesTest {

    @Test
    void theCatalogueIsTheReadingRulesAndEveryFeaturesRules() {
        Set<String> registered = new TreeSet<>();
        FileRules.ALL.forEach(rule -> registered.add(rule.id()));
        for (Feature feature : Features.ALL) {
            for (Rule rule : feature.rules()) {
                assertTrue(registered.add(rule.id()), "two registrations of " + rule.id());
            }
        }
        assertEquals(registered, new TreeSet<>(RuleCatalog.all().stream().map(Rule::id).toList()));
    }

    @Test
    void everySectionOfDeploytrackYmlBelongsToOneFeature() {
        assertEquals(List.of("skills", "markdown", "claude", "tokens", "secrets", "cost", "registry", "usage"),
                List.copyOf(Features.sections().keySet()));
    }

    @Test
    void aSectionIsBoundByItsFeatureAndReturnedByItsKey() throws ConfigException {
        DeploytrackConfig config = ConfigLoader.parse("skills:\n  max-body-lines: 42\n", "deploytrack.yml");
        assertEquals(42, config.get(SkillFeature.SETTINGS).maxBodyLines());
        assertEquals(42, config.skills().maxBodyLines());
        // an absent section is its feature's defaults
        assertEquals(TokenFeature.SETTINGS.defaults(),
                config.get(TokenFeature.SETTINGS));
    }

    @Test
    void theTrainingSampleBindsEverySectionAndEveryFeatureReportsOnIt() throws ConfigException {
        Map<String, String> sample = Features.trainingSample();
        DeploytrackConfig config = ConfigLoader.parse(sample.get("deploytrack.yml"), "deploytrack.yml");
        Report report = new Validator(config).validate(MemoryWorkspace.of(Path.of("sample"), sample));
        Set<String> rules = new HashSet<>();
        for (Finding finding : report.findings()) {
            rules.add(finding.ruleId());
        }
        assertTrue(rules.stream().noneMatch(id -> id.equals("internal-error")), report.findings().toString());
        for (Feature feature : Features.ALL) {
            if (feature.sample().isEmpty() || feature.rules().isEmpty()
                    || feature instanceof SecretFeature) {
                continue; // the secret sample holds only look-alikes, which the scanner must not report
            }
            boolean reported = feature.rules().stream().anyMatch(rule -> rules.contains(rule.id()));
            assertTrue(reported, feature.name() + "'s sample makes none of its rules report: " + rules);
        }
    }

    @Test
    void aFeaturesSectionReachesItsRules() throws ConfigException {
        Map<String, String> repo = Map.of(
                ".claude/agents/deployer.md", "---\nname: deployer\ndescription: Deploys.\ntools: Read, Deploy\n---\nGo.\n",
                ".claude/settings.json", "{\"hooks\": {\"PreDeploy\": [{\"hooks\": [{\"type\": \"command\", "
                        + "\"command\": \"true\"}]}]}}");
        Report unknown = new Validator(DeploytrackConfig.defaults()).validate(MemoryWorkspace.of(Path.of("r"), repo));
        assertEquals(List.of("claude-agent-tools-unknown", "claude-hook-unknown-event"),
                unknown.findings().stream().map(Finding::ruleId).sorted().toList());
        DeploytrackConfig config = ConfigLoader.parse("claude:\n  extra-tools: [Deploy]\n"
                + "  extra-hook-events: [PreDeploy]\n", "deploytrack.yml");
        Report known = new Validator(config).validate(MemoryWorkspace.of(Path.of("r"), repo));
        assertEquals(List.of(), known.findings());
    }
}
