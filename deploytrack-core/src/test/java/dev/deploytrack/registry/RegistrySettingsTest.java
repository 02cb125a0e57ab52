package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrySettingsTest {

    private static RegistrySettings parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, "deploytrack.yml").registry();
    }

    private static List<String> problems(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).problems().stream()
                .map(ConfigProblem::toString).toList();
    }

    @Test
    void defaultsWithoutASection() throws Exception {
        RegistrySettings settings = parse("strict: false\n");
        assertEquals(RegistrySettings.defaults(), settings);
        assertEquals(Optional.of("staging"), settings.previous("production"));
        assertEquals(Optional.empty(), settings.previous("development"));
    }

    @Test
    void everyKeyIsBound() throws Exception {
        RegistrySettings settings = parse("""
                registry:
                  path: ops/registry.json
                  environments: [dev, qa, prod]
                  production: prod
                  testimonies: ops/testimonies
                  legacy-environment: qa
                """);
        assertEquals(new RegistrySettings("ops/registry.json", List.of("dev", "qa", "prod"), "prod",
                "ops/testimonies", "qa", null), settings);
        // production defaults to the last environment
        assertEquals("live", parse("registry:\n  environments: [test, live]\n").production());
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        assertEquals(List.of("deploytrack.yml:2:9: error: registry.path must be a path inside the repository, "
                + "relative to its root, not '../elsewhere/registry.json'; give another location on the command "
                + "line (--registry) or as a goal parameter"), problems("registry:\n  path: ../elsewhere/registry.json\n"));
        assertEquals(List.of("deploytrack.yml:3:15: error: registry.production is 'live', which is not one of the "
                + "environments [dev, prod]"), problems("registry:\n  environments: [dev, prod]\n  production: live\n"));
        assertEquals(List.of("deploytrack.yml:2:17: error: environment 'dev' is listed twice in "
                + "registry.environments"), problems("registry:\n  environments: [dev, dev]\n"));
        assertEquals(List.of("deploytrack.yml:2:3: error: unknown key 'enviroments' (in registry); did you mean "
                + "'environments'?"), problems("registry:\n  enviroments: [a]\n"));
        assertEquals(1, problems("registry:\n  testimonies: /var/tmp\n").size());
        assertEquals(1, problems("registry:\n  environments: [Staging]\n").size());
    }
}
