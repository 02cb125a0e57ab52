package dev.deploytrack.tokens;

import dev.deploytrack.check.Check;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;

/** Token budgets ({@code tokens:} in deploytrack.yml). Its sample is the skills' (a long SKILL.md body). */
public final class TokenFeature implements Feature {

    public static final Section<TokenSettings> SETTINGS =
            Section.of("tokens", TokenSettings.defaults(), TokenSettings::bind);

    @Override
    public String name() {
        return "Token budgets";
    }

    @Override
    public List<Rule> rules() {
        return TokenRules.ALL;
    }

    @Override
    public List<Section<?>> sections() {
        return List.of(SETTINGS);
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new TokenBudgetCheck(settings.get(SETTINGS)));
    }
}
