package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * "All paths must be relative to the plugin root and start with ./, except that the skills field also accepts ".""
 * (plugins reference); claude plugin validate 2.1.332: "must start with "./"", "Path contains ".."", "Path not found
 * ... The runtime loader will report this as a load failure", "agents.0: Invalid string: must end with ".md"".
 */
public final class PluginPath extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-path", Severity.ERROR,
            "component paths are ./ paths inside the plugin that exist",
            "Each path a manifest gives for commands, agents, skills, workflows, hooks, mcpServers, outputStyles "
                    + "and lspServers starts with ./ (skills may be '.'), stays inside the plugin (no ..), and "
                    + "exists; each agents entry is a .md file. Otherwise the plugin fails to load.");

    public PluginPath() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        if (manifest.plugin() == null) {
            return;
        }
        for (String field : PluginFields.PATH_FIELDS) {
            for (JsonTree path : paths(manifest.get(field))) {
                check(manifest, context, field, path);
            }
        }
    }

    private static List<JsonTree> paths(JsonTree value) {
        List<JsonTree> paths = new ArrayList<>();
        if (value == null) {
            return paths;
        }
        if (value.is(JsonTree.Kind.STRING)) {
            paths.add(value);
        } else if (value.is(JsonTree.Kind.ARRAY)) {
            for (JsonTree item : value.items) {
                if (item.is(JsonTree.Kind.STRING)) {
                    paths.add(item);
                }
            }
        }
        return paths;
    }

    private static void check(ClaudeJson manifest, CheckContext context, String field, JsonTree path) {
        String text = path.text;
        if (field.equals("skills") && (text.equals(".") || text.equals("./"))) {
            return;
        }
        if (text.contains("..")) {
            manifest.report(context, RULE, path, "path '" + text + "' in '" + field + "' contains '..'; component "
                    + "paths stay inside the plugin", "move the files into the plugin");
            return;
        }
        String relative = text.startsWith("./") ? text.substring(2) : text;
        String resolved = manifest.plugin().resolve(strip(relative));
        boolean exists = manifest.project().exists(resolved) || manifest.project().isDirectory(resolved);
        if (!text.startsWith("./")) {
            manifest.report(context, RULE, path, "path '" + text + "' in '" + field + "' does not start with './'; "
                    + "the plugin fails to load", text.startsWith("/") ? "write it relative to the plugin root, "
                    + "starting with ./" : "write \"./" + text + "\"");
            return;
        }
        if (!exists) {
            manifest.report(context, RULE, path, "path '" + text + "' in '" + field + "' does not exist in the "
                    + "plugin; the plugin fails to load", "fix the path, or remove the entry");
            return;
        }
        if (field.equals("agents") && !text.endsWith(".md")) {
            manifest.report(context, RULE, path, "agents entry '" + text + "' is not a .md file; 'agents' lists "
                    + "agent files", "list each file, e.g. \"./agents/reviewer.md\", or remove 'agents' to load "
                    + "the agents/ folder");
        }
    }

    private static String strip(String path) {
        String result = path;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
