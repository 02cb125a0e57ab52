package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "version | string | Optional. Semantic version." (plugins reference). claude plugin validate 2.1.332 accepts any
 * string, hence a warning.
 */
public final class PluginVersion extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-version", Severity.WARNING,
            "plugin versions are semantic versions",
            "A plugin's version is documented as a semantic version (1.2.0); Claude Code compares versions to "
                    + "update plugins.");

    public PluginVersion() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        JsonTree version = manifest.get("version");
        if (version != null && version.is(JsonTree.Kind.STRING) && !version.text.matches(
                "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?")) {
            manifest.report(context, RULE, version, "version '" + version.text + "' is not a semantic version",
                    "write MAJOR.MINOR.PATCH, e.g. \"1.0.0\"");
        }
    }
}
