package dev.deploytrack.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.report.Severity;
import dev.deploytrack.skills.SkillRules;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void everyKeyIsBound() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse("""
                strict: true
                fail-on-warning: true
                exclude: [vendor/**, "*.generated.md"]
                max-file-size: 2MB
                max-depth: 8
                rules:
                  skill-unknown-field: off
                  skill-body-length: error
                skills:
                  ascii-names: true
                  allowed-fields: [argument-hint, model]
                  max-body-lines: 300
                markdown:
                  required-sections:
                    - files: AGENTS.md
                      headings: [Setup, Testing]
                """, "deploytrack.yml");
        assertTrue(config.strict());
        assertTrue(config.failOnWarning());
        assertEquals(2, config.excludes().size());
        assertTrue(config.excludes().get(0).matches("vendor/lib/a.md"));
        assertEquals(2L << 20, config.maxFileSize());
        assertEquals(8, config.maxDepth());
        assertEquals(Optional.empty(), config.ruleOverrides().get("skill-unknown-field"));
        assertEquals(Optional.of(Severity.ERROR), config.rulePolicy().severityOf(SkillRules.BODY_LENGTH));
        assertFalse(config.rulePolicy().isEnabled(SkillRules.UNKNOWN_FIELD));
        assertTrue(config.skills().asciiNames());
        assertEquals(List.of("argument-hint", "model"), config.skills().allowedFields());
        assertEquals(300, config.skills().maxBodyLines());
        assertEquals(List.of("Setup", "Testing"), config.requiredSections().get(0).headings());
    }

    @Test
    void emptyFileGivesDefaults() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse("# nothing yet\n", "deploytrack.yml");
        assertFalse(config.strict());
        assertEquals(DeploytrackConfig.DEFAULT_MAX_FILE_SIZE, config.maxFileSize());
    }

    @Test
    void unknownKeyIsAnErrorAtItsLineWithASuggestion() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("strict: false\nskils:\n  ascii-names: true\n", "deploytrack.yml"));
        ConfigProblem problem = e.problems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("did you mean 'skills'"), problem.message());
        assertTrue(problem.toString().startsWith("deploytrack.yml:2:1: error: "), problem.toString());
    }

    @Test
    void unknownNestedKeyIsNamedWithItsPath() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("skills:\n  ascii-name: true\n", "deploytrack.yml"));
        assertTrue(e.problems().get(0).message().contains("(in skills)"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("ascii-names"), e.getMessage());
    }

    @Test
    void wrongTypeIsAnErrorAtTheValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("strict: yes please\nmax-depth: deep\n", "deploytrack.yml"));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(1, e.problems().get(0).line());
        assertEquals(9, e.problems().get(0).column());
        assertTrue(e.problems().get(0).message().contains("strict must be true or false"), e.getMessage());
        assertTrue(e.problems().get(1).message().contains("max-depth must be a whole number"), e.getMessage());
    }

    @Test
    void unknownRuleIdIsAnErrorWithASuggestion() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("rules:\n  skill-name-lenght: off\n", "deploytrack.yml"));
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("did you mean 'skill-name-length'"), e.getMessage());
    }

    @Test
    void aRetiredRuleIdSetsItsSuccessorsWithADeprecationNamingThem() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse("strict: false\nrules:\n  agent-frontmatter: off\n",
                "deploytrack.yml");
        Map<String, Optional<Severity>> expected = new TreeMap<>();
        for (String successor : List.of("claude-agent-name-missing", "claude-agent-name-invalid",
                "claude-agent-description-missing")) {
            expected.put(successor, Optional.empty());
        }
        assertEquals(expected, new TreeMap<>(config.ruleOverrides()));
        assertEquals(1, config.deprecations().size());
        Deprecation deprecation = config.deprecations().get(0);
        assertEquals(List.of("deploytrack.yml", 3, 3), List.of(deprecation.file(), deprecation.line(),
                deprecation.column()));
        assertTrue(deprecation.message().contains("'agent-frontmatter' is retired")
                && deprecation.message().contains("claude-agent-description-missing"), deprecation.message());
    }

    @Test
    void aSuccessorNamedItselfWinsOverItsRetiredId() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse("""
                rules:
                  claude-agent-description-missing: warning
                  agent-frontmatter: note
                """, "deploytrack.yml");
        assertEquals(Optional.of(Severity.WARNING), config.ruleOverrides().get("claude-agent-description-missing"));
        assertEquals(Optional.of(Severity.NOTE), config.ruleOverrides().get("claude-agent-name-missing"));
    }

    @Test
    void aRetiredIdWithABadSeverityIsStillAnError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("rules:\n  agent-frontmatter: fatal\n", "deploytrack.yml"));
        assertTrue(e.getMessage().contains("rules.agent-frontmatter must be off"), e.getMessage());
    }

    @Test
    void retiredIdsNameLiveRulesAndAreNoneThemselves() {
        assertFalse(RuleCatalog.allRetired().isEmpty());
        for (RetiredRule retired : RuleCatalog.allRetired()) {
            assertTrue(RuleCatalog.find(retired.id()).isEmpty(), retired.id());
            retired.successors().forEach(id -> assertTrue(RuleCatalog.find(id).isPresent(), id));
        }
    }

    @Test
    void badSeverityIsAnError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("rules:\n  skill-name-length: fatal\n", "deploytrack.yml"));
        assertTrue(e.getMessage().contains("must be off, note, warning or error"), e.getMessage());
    }

    @Test
    void invalidYamlIsAnErrorWithPosition() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("strict: true\nexclude: [a\n", "deploytrack.yml"));
        assertTrue(e.getMessage().startsWith("deploytrack.yml:"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }

    @Test
    void rootMustBeAMapping() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("- strict\n", "deploytrack.yml"));
        assertTrue(e.getMessage().contains("must be a YAML mapping"), e.getMessage());
    }

    @Test
    void requiredSectionsNeedFilesAndHeadings() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                "markdown:\n  required-sections:\n    - headings: [Setup]\n", "deploytrack.yml"));
        assertTrue(e.getMessage().contains("needs 'files'"), e.getMessage());
    }

    @Test
    void missingFileGivesDefaultsButAnExplicitMissingFileIsAnError(@TempDir Path root) throws Exception {
        assertFalse(ConfigLoader.load(root, null).strict());
        assertThrows(ConfigException.class, () -> ConfigLoader.load(root, root.resolve("other.yml")));
    }

    @Test
    void loadReadsDeploytrackYmlAtTheRoot(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("deploytrack.yml"), "strict: true\n");
        assertTrue(ConfigLoader.load(root, null).strict());
    }

    @Test
    void everyBuiltInRuleHasAUniqueIdAndDocumentation() {
        assertFalse(RuleCatalog.all().isEmpty());
        RuleCatalog.all().forEach(rule -> assertFalse(rule.description().isBlank(), rule.id()));
    }
}
