package dev.deploytrack.release;

import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.SettingsFeature;

/** Deployment requests ({@code request:} in deploytrack.yml): their risk rules; {@code deploytrack request} reads them. */
public final class RequestFeature extends SettingsFeature {

    public static final Section<RequestSettings> SETTINGS =
            Section.of("request", RequestSettings.defaults(), RequestSettings::bind);

    public RequestFeature() {
        super("Deployment requests", SETTINGS);
    }
}
