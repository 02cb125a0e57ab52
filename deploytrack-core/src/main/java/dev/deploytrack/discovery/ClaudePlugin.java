package dev.deploytrack.discovery;

import java.util.List;

/**
 * A Claude Code plugin found in the repository: a directory with {@code .claude-plugin/plugin.json}, or the local
 * {@code source} of a marketplace entry (the manifest is optional: "If omitted, Claude Code auto-discovers components
 * in default locations"). Component paths are relative to the repository root.
 *
 * @param root         the plugin's directory ({@code ""} for the repository root)
 * @param manifest     its {@code .claude-plugin/plugin.json}, or {@code null}
 * @param marketplace  the marketplace listing it, or {@code null}
 * @param agents       the agent files or directories its manifest (or marketplace entry) lists, which replace
 *                     {@code agents/}; {@code null} when it lists none
 * @param commands     the same for {@code commands/}
 * @param skills       skill directories (or directories of skills) listed in addition to {@code skills/}
 * @param hooks        hook files listed in addition to {@code hooks/hooks.json}
 * @param mcp          MCP files listed in addition to {@code .mcp.json}
 * @param codex        whether the same directory is also a Codex plugin ({@code .codex-plugin/plugin.json}), whose
 *                     skills Codex loads with a strict YAML parser
 */
public record ClaudePlugin(String root, String manifest, String marketplace, List<String> agents,
                           List<String> commands, List<String> skills, List<String> hooks, List<String> mcp,
                           boolean codex) {

    public ClaudePlugin {
        agents = agents == null ? null : List.copyOf(agents);
        commands = commands == null ? null : List.copyOf(commands);
        skills = List.copyOf(skills);
        hooks = List.copyOf(hooks);
        mcp = List.copyOf(mcp);
    }

    /** {@code path} (a component path relative to this plugin) as a path relative to the repository root. */
    public String resolve(String relative) {
        return root.isEmpty() ? relative : root + "/" + relative;
    }

    /** Whether {@code path} lies inside this plugin's directory. */
    public boolean contains(String path) {
        return root.isEmpty() || path.startsWith(root + "/");
    }

    /** {@code path} relative to the plugin's directory. */
    public String relative(String path) {
        return root.isEmpty() ? path : path.substring(root.length() + 1);
    }
}
