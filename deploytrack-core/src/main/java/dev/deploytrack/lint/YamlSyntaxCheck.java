package dev.deploytrack.lint;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.yaml.SafeYaml;
import dev.deploytrack.yaml.YamlSyntaxException;

/** deploytrack.yml and the YAML under environments/ parse, within {@link SafeYaml}'s limits. */
public final class YamlSyntaxCheck implements Check {

    @Override
    public void run(CheckContext context) {
        context.forEachText(context.agentFiles().yamlConfigs(), (path, text) -> {
            try {
                SafeYaml.parse(text.text(), 1);
            } catch (YamlSyntaxException e) {
                context.report(LintRules.YAML_SYNTAX, path, e.line(), e.column(), "invalid YAML: " + e.problem(),
                        e.problem().contains("mapping values are not allowed")
                                ? "a value containing ': ' must be quoted" : null);
            }
        });
    }
}
