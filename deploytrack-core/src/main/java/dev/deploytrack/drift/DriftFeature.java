package dev.deploytrack.drift;

import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.SettingsFeature;

/** Drift ({@code drift:} in deploytrack.yml): settings only; {@code deploytrack drift} reads them. */
public final class DriftFeature extends SettingsFeature {

    public static final Section<DriftSettings> SETTINGS =
            Section.of("drift", DriftSettings.defaults(), DriftSettings::bind);

    public DriftFeature() {
        super("Drift", SETTINGS);
    }
}
