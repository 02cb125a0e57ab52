package dev.deploytrack.feature;

import dev.deploytrack.check.Check;
import dev.deploytrack.report.Rule;
import java.util.List;

/**
 * A feature that only owns a section of deploytrack.yml (cost projection, the deployment registry): its own commands
 * read the settings; validate has no rules or checks for it.
 */
public abstract class SettingsFeature implements Feature {

    private final String name;
    private final Section<?> section;

    protected SettingsFeature(String name, Section<?> section) {
        this.name = name;
        this.section = section;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<Rule> rules() {
        return List.of();
    }

    @Override
    public final List<Section<?>> sections() {
        return List.of(section);
    }

    @Override
    public final List<Check> checks(Settings settings) {
        return List.of();
    }
}
