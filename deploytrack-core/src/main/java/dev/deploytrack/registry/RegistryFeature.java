package dev.deploytrack.registry;

import dev.deploytrack.check.Check;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;

/** The deployment registry ({@code registry:} in deploytrack.yml): settings only; the registry commands use them. */
public final class RegistryFeature implements Feature {

    public static final Section<RegistrySettings> SETTINGS =
            Section.of("registry", RegistrySettings.defaults(), RegistrySettings::bind);

    @Override
    public String name() {
        return "Deployment registry";
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public List<Section<?>> sections() {
        return List.of(SETTINGS);
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of();
    }
}
