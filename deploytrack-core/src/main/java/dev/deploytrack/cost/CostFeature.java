package dev.deploytrack.cost;

import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.SettingsFeature;

/** Cost projection ({@code cost:} in deploytrack.yml): settings only; {@code cost-check} runs it, not validate. */
public final class CostFeature extends SettingsFeature {

    public static final Section<CostSettings> SETTINGS =
            Section.of("cost", CostSettings.defaults(), CostSettings::bind);

    public CostFeature() {
        super("Cost", SETTINGS);
    }
}
