package dev.deploytrack.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.drift.DriftFeature;
import dev.deploytrack.drift.Durations;
import dev.deploytrack.release.RequestFeature;
import dev.deploytrack.release.RiskLevel;
import dev.deploytrack.release.RiskRule;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The drift: and request: sections of deploytrack.yml, and the durations people write. */
class DriftAndRequestSettingsTest {

    @Test
    void limitsAgentPathsAndRiskRulesAreRead() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse("""
                drift:
                  max-age: 2d
                  environments:
                    production: {max-age: 30m}
                  component: web
                  agents:
                    support-bot: {paths: [prompts/support.md, tools/]}
                request:
                  risk:
                    cost-increase: {over: 15%, level: high}
                    write-tools: low
                """, "deploytrack.yml");
        assertEquals(Duration.ofMinutes(30), config.get(DriftFeature.SETTINGS).maxAge("production", config.registry()).orElseThrow());
        assertEquals(Duration.ofDays(2), config.get(DriftFeature.SETTINGS).maxAge("staging", config.registry()).orElseThrow());
        assertEquals("web", config.get(DriftFeature.SETTINGS).component());
        assertEquals(List.of("prompts/support.md", "tools/"), config.get(DriftFeature.SETTINGS).agentPaths().get("support-bot"));
        assertEquals(List.of(new RiskRule(RiskRule.Kind.COST_INCREASE, RiskLevel.HIGH, new BigDecimal("15")),
                new RiskRule(RiskRule.Kind.WRITE_TOOLS, RiskLevel.LOW, null)), config.get(RequestFeature.SETTINGS).risk());
    }

    @Test
    void withoutConfigurationProductionHasOneHourAndTheOthersNoLimit() {
        DeploytrackConfig config = DeploytrackConfig.defaults();
        assertEquals(Optional.of(Duration.ofHours(1)), config.get(DriftFeature.SETTINGS).maxAge("production", config.registry()));
        assertEquals(Optional.empty(), config.get(DriftFeature.SETTINGS).maxAge("staging", config.registry()));
        assertEquals(5, config.get(RequestFeature.SETTINGS).risk().size());
    }

    @Test
    void everyMistakeIsReportedWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
                drift:
                  max-age: soon
                  environments:
                    prod: {max-age: 1h}
                  agents:
                    bot: {paths: [../outside.md]}
                request:
                  risk:
                    fun-rule: high
                    first-deployment: extreme
                    cost-increase: medium
                """, "deploytrack.yml"));
        List<String> problems = e.problems().stream().map(ConfigProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("deploytrack.yml:2:") && p.contains(
                "drift.max-age must be a duration such as 0, 30m, 1h, 2d or 1w, not 'soon'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'../outside.md'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("deploytrack.yml:9:") && p.contains(
                "unknown risk rule 'fun-rule'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("must be low, medium, high or critical, not "
                + "'extreme'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("request.risk.cost-increase is {over: PERCENT")),
                problems.toString());
    }

    /** Sections are read on their own: drift compares its environments with the registry's when it runs. */
    @Test
    void anEnvironmentTheRegistryDoesNotHaveIsNamedWithItsLine() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse("""
                registry:
                  environments: [staging, production]
                drift:
                  environments:
                    prod: {max-age: 1h}
                """, "deploytrack.yml");
        assertEquals(List.of("deploytrack.yml:5: drift.environments names 'prod', which is not one of "
                + "registry.environments [staging, production]"), config.get(DriftFeature.SETTINGS)
                .unknownEnvironments(config.registry()));
    }

    @Test
    void durationsAsPeopleWriteThem() {
        assertEquals(Optional.of(Duration.ZERO), Durations.parse("0"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), Durations.parse("1h30m"));
        assertEquals(Optional.of(Duration.ofDays(14)), Durations.parse("2w"));
        assertEquals(Optional.of(Duration.ofHours(1)), Durations.parse("PT1H"));
        assertEquals(Optional.empty(), Durations.parse("1 hour"));
        assertEquals(Optional.empty(), Durations.parse("-1h"));
        assertEquals(Optional.empty(), Durations.parse(""));
        assertEquals("2d 3h", Durations.format(Duration.ofHours(51).plusMinutes(20)));
        assertEquals("1h 5m", Durations.format(Duration.ofMinutes(65)));
        assertEquals("40s", Durations.format(Duration.ofSeconds(40)));
        assertEquals("0", Durations.format(Duration.ZERO));
    }
}
