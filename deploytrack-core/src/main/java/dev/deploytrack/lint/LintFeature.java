package dev.deploytrack.lint;

import dev.deploytrack.check.Check;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;
import java.util.Map;

/**
 * Configuration lint: instruction files, deploytrack's own YAML and required Markdown sections
 * ({@code markdown:} in deploytrack.yml).
 */
public final class LintFeature implements Feature {

    public static final Section<List<RequiredSections>> REQUIRED_SECTIONS =
            Section.of("markdown", List.of(), RequiredSections::bind);

    @Override
    public String name() {
        return "Configuration lint";
    }

    @Override
    public List<Rule> rules() {
        return LintRules.ALL;
    }

    @Override
    public List<Section<?>> sections() {
        return List.of(REQUIRED_SECTIONS);
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new InstructionFileCheck(), new YamlSyntaxCheck(),
                new MarkdownSectionsCheck(settings.get(REQUIRED_SECTIONS)));
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(
                "AGENTS.md", "# Agents\n\n## Setup\n\nRun make.\n",
                "environments/prod/budget-limits.yaml", "daily_limit_usd: 10\n");
    }

    @Override
    public String sampleSettings() {
        return "markdown:\n  required-sections:\n    - files: AGENTS.md\n      headings: [Setup, Testing]\n";
    }
}
