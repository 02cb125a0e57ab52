package dev.deploytrack.claude.plugins;

import dev.deploytrack.claude.InvalidJson;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** A plugin manifest that is not JSON: "Invalid JSON syntax: Unexpected token..." (plugins reference). */
public final class PluginJson extends InvalidJson {

    public static final Rule RULE = Rule.of("claude-plugin-json", Severity.ERROR,
            "plugin manifests are valid JSON",
            ".claude-plugin/plugin.json must be a JSON object; the plugin fails to load otherwise.")
            .fixable(Fixable.SAFE);

    public PluginJson() {
        super(RULE, FileType.CLAUDE_PLUGIN, "the plugin fails to load");
    }
}
