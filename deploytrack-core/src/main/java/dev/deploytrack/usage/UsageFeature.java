package dev.deploytrack.usage;

import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.SettingsFeature;

/**
 * Actual usage ({@code usage:} in deploytrack.yml): settings only; {@code usage ingest|report|check} and the
 * {@code usage-check} goal read them, validate has no rules for it.
 */
public final class UsageFeature extends SettingsFeature {

    public static final Section<UsageSettings> SETTINGS =
            Section.of("usage", UsageSettings.defaults(), UsageSettings::bind);

    public UsageFeature() {
        super("Usage", SETTINGS);
    }
}
