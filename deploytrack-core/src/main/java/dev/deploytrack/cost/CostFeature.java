package dev.deploytrack.cost;

import dev.deploytrack.check.Check;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;

/** Cost projection ({@code cost:} in deploytrack.yml): settings only; {@code cost-check} runs it, not validate. */
public final class CostFeature implements Feature {

    public static final Section<CostSettings> SETTINGS =
            Section.of("cost", CostSettings.defaults(), CostSettings::bind);

    @Override
    public String name() {
        return "Cost";
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
