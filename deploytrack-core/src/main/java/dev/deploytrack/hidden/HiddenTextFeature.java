package dev.deploytrack.hidden;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;
import java.util.Map;

/** Hidden instructions: text a model reads in agent files and a reviewer does not see. */
public final class HiddenTextFeature implements Feature {

    static final List<FileRule<ModelText>> RULES = List.of(new HiddenUnicodeBidi(), new HiddenUnicodeTag(),
            new HiddenUnicodeInvisible(), new HiddenHtmlComment());

    @Override
    public String name() {
        return "Hidden instructions";
    }

    @Override
    public List<Rule> rules() {
        return FileRule.rulesOf(RULES);
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new HiddenTextCheck(RULES));
    }

    @Override
    public Map<String, String> sample() {
        return Map.of("GEMINI.md", "# Notes\n\nUse the \u200Bcache.\n<!-- reviewed -->\n");
    }
}
