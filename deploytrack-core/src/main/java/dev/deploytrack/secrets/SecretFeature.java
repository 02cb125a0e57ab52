package dev.deploytrack.secrets;

import dev.deploytrack.check.Check;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;
import java.util.Map;

/** Secret scanning of every file ({@code secrets:} in deploytrack.yml). */
public final class SecretFeature implements Feature {

    public static final Section<SecretSettings> SETTINGS =
            Section.of("secrets", SecretSettings.defaults(), SecretSettings::bind);

    @Override
    public String name() {
        return "Secrets";
    }

    @Override
    public List<Rule> rules() {
        return SecretRules.ALL;
    }

    @Override
    public List<Section<?>> sections() {
        return List.of(SETTINGS);
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new SecretCheck(settings.get(SETTINGS)));
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(
                "src/App.java", "class App { String url = \"https://example.com\"; }\n",
                ".env", "DATABASE_URL=${DATABASE_URL}\nOPENAI_API_KEY=your_api_key_here\nLOG_LEVEL=debug\n");
    }
}
