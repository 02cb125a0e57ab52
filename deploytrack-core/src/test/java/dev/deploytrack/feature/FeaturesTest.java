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
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registration: the one list of features is where the catalogue, the loader and the training run come from. */
class FeaturesTest {

    /**
     * Every rule a class declares (a {@code static final Rule} constant anywhere in deploytrack-core) is registered:
     * a rule class written but left out of its feature's list, or a rule a check reports that no feature lists,
     * could not be switched off in deploytrack.yml and would escape docs/rules.md.
     */
    @Test
    void everyRuleConstantInTheCodeIsRegisteredByAFeature() throws Exception {
        Path classes = Path.of(Feature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Rule> declared = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(name, false, Feature.class.getClassLoader());
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())
                            && Modifier.isFinal(field.getModifiers())) {
                        field.setAccessible(true);
                        Rule rule = (Rule) field.get(null);
                        declared.put(name + "." + field.getName(), rule);
                    }
                }
            }
        }
        assertTrue(declared.size() > 100, "found only " + declared.size() + " rule constants under " + classes);
        Set<Rule> registered = new HashSet<>(FileRules.ALL);
        Features.ALL.forEach(feature -> registered.addAll(feature.rules()));
        registered.addAll(dev.deploytrack.config.ConfigRules.ALL);
        List<String> unregistered = new ArrayList<>();
        declared.forEach((field, rule) -> {
            if (!registered.contains(rule)) {
                unregistered.add(field + " (" + rule.id() + ")");
            }
        });
        assertEquals(List.of(), unregistered, "rules no feature registers");
    }

    /**
     * The catalogue against a list kept by hand: the rules docs/rules.md documents. A feature whose registration
     * drops a rule, or registers one twice under two ids, makes the two differ.
     */
    @Test
    void theCatalogueIsExactlyTheRulesDocsRulesMdDocuments() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "rules.md"));
        String all = docs.substring(docs.indexOf("\n## All rules"));
        Set<String> documented = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^### `([a-z0-9.-]+)`").matcher(all);
        while (heading.find()) {
            documented.add(heading.group(1));
        }
        Set<String> registered = new TreeSet<>(RuleCatalog.all().stream().map(Rule::id).toList());
        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        Set<String> unregistered = new TreeSet<>(documented);
        unregistered.removeAll(registered);
        assertEquals(List.of(List.of(), List.of()), List.of(List.copyOf(undocumented), List.copyOf(unregistered)),
                "[registered but not in docs/rules.md, in docs/rules.md but registered by no feature]");
    }

    @Test
    void everySectionOfDeploytrackYmlBelongsToOneFeature() {
        assertEquals(List.of("skills", "markdown", "claude", "tokens", "secrets", "cost", "registry", "usage",
                "drift", "request"),
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
