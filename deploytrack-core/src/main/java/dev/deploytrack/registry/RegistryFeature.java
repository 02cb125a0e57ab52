package dev.deploytrack.registry;

import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.SettingsFeature;

/** The deployment registry ({@code registry:} in deploytrack.yml): settings only; the registry commands use them. */
public final class RegistryFeature extends SettingsFeature {

    public static final Section<RegistrySettings> SETTINGS =
            Section.of("registry", RegistrySettings.defaults(), RegistrySettings::bind);

    public RegistryFeature() {
        super("Deployment registry", SETTINGS);
    }
}
