package dev.deploytrack.discovery;

import dev.deploytrack.json.ParsedJson;
import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.workspace.Workspace;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts a repository's file list into the kinds of agent configuration deploytrack checks ({@link FileType}),
 * wherever each tool looks for them: nested project directories, Claude Code plugins (a directory with
 * {@code .claude-plugin/plugin.json}, or a marketplace's local source) and the component paths their manifests list.
 * Works on paths, plus the plugin manifests read through the workspace, so it serves a directory on disk and a git
 * index alike. Files inside a skill's directory other than its SKILL.md are the skill's content, never agents,
 * commands or rules of their own.
 */
public final class AgentFileDiscovery {

    public static final String COPILOT_INSTRUCTIONS = ".github/copilot-instructions.md";

    public static final Set<String> MCP_CONFIG_NAMES = Set.of(".mcp.json", "claude_desktop_config.json");

    public static final String CONFIG_FILE = "deploytrack.yml";

    private AgentFileDiscovery() {
    }

    /** Discovers the agent configuration of {@code workspace}, reading its plugin manifests. */
    public static AgentFiles discover(Workspace workspace) {
        return discover(workspace, new ParsedJson());
    }

    /**
     * Discovers the agent configuration of {@code workspace}, parsing its plugin manifests and marketplaces through
     * the run's {@code json}, where the checks find them parsed.
     */
    public static AgentFiles discover(Workspace workspace, ParsedJson json) {
        String rootName = workspace.root().getFileName() == null ? "" : workspace.root().getFileName().toString();
        List<String> files = workspace.files();
        return classify(files, rootName, PluginManifests.find(files, workspace, json));
    }

    private static AgentFiles classify(List<String> files, String rootDirectory, List<ClaudePlugin> plugins) {
        Map<String, ClaudePlugin> pluginsByRoot = new HashMap<>();
        for (ClaudePlugin plugin : plugins) {
            pluginsByRoot.put(plugin.root(), plugin);
        }
        Set<String> upperCaseSkillDirectories = new HashSet<>();
        Set<String> skillDirectories = new HashSet<>();
        for (String file : files) {
            String name = fileName(file);
            if (name.equals(SkillFile.FILE_NAME)) {
                upperCaseSkillDirectories.add(parent(file));
                skillDirectories.add(parent(file));
            } else if (name.equals("skill.md")) {
                skillDirectories.add(parent(file));
            }
        }
        AgentFiles.Builder found = new AgentFiles.Builder(plugins);
        for (String file : files) {
            String name = fileName(file);
            String parent = parent(file);
            if (name.equals(SkillFile.FILE_NAME)
                    || (name.equals("skill.md") && !upperCaseSkillDirectories.contains(parent))) {
                found.skill(new SkillFile(file, parent.isEmpty() ? rootDirectory : fileName(parent)));
                continue;
            }
            if (isMcpConfig(file)) {
                found.mcpConfig(file);
            } else if (file.equals(CONFIG_FILE) || isEnvironmentYaml(file)) {
                found.yamlConfig(file);
            }
            ClaudePlugin plugin = innermostPlugin(file, pluginsByRoot);
            FileType type = byName(file, name);
            ClaudePlugin owner = null;
            if (type == null && plugin != null) {
                type = pluginComponent(file, plugin);
                owner = plugin;
            }
            if (type == null) {
                type = markdownComponent(file, name);
                owner = null;
            }
            if (type != null && type.isMarkdownComponent() && isSkillContent(file, skillDirectories, pluginsByRoot)) {
                continue;
            }
            if (type == FileType.MCP_CONFIG && plugin != null
                    && (plugin.relative(file).equals(".mcp.json") || plugin.mcp().contains(file))) {
                owner = plugin;
                if (!isMcpConfig(file)) {
                    found.mcpConfig(file); // listed by a plugin manifest under another name
                }
            }
            if (type != null) {
                found.add(type, file, owner);
            }
        }
        return found.build();
    }

    /** Types a file has by its own name or fixed location, wherever it is. */
    private static FileType byName(String file, String name) {
        switch (name) {
            case "AGENTS.md", "AGENTS.override.md" -> {
                return FileType.AGENTS_MD;
            }
            case "CLAUDE.md", "CLAUDE.local.md" -> {
                return FileType.CLAUDE_MD;
            }
            case "GEMINI.md" -> {
                return FileType.GEMINI_MD;
            }
            case ".cursorrules" -> {
                return FileType.CURSOR_LEGACY_RULES;
            }
            case "gemini-extension.json" -> {
                return FileType.GEMINI_EXTENSION;
            }
            default -> {
                // by location below
            }
        }
        if (isMcpConfig(file)) {
            return FileType.MCP_CONFIG;
        }
        if (file.equals(CONFIG_FILE) || isEnvironmentYaml(file)) {
            return FileType.DEPLOYTRACK_YAML;
        }
        if (file.equals(COPILOT_INSTRUCTIONS)) {
            return FileType.COPILOT_INSTRUCTIONS;
        }
        if (endsWith(file, ".claude/settings.json") || endsWith(file, ".claude/settings.local.json")) {
            return FileType.CLAUDE_SETTINGS;
        }
        if (endsWith(file, PluginManifests.MANIFEST)) {
            return FileType.CLAUDE_PLUGIN;
        }
        if (endsWith(file, PluginManifests.MARKETPLACE)) {
            return FileType.CLAUDE_MARKETPLACE;
        }
        if (endsWith(file, PluginManifests.CODEX_MANIFEST)) {
            return FileType.CODEX_PLUGIN;
        }
        if (endsWith(file, ".codex/config.toml")) {
            return FileType.CODEX_CONFIG;
        }
        if (endsWith(file, ".gemini/settings.json")) {
            return FileType.GEMINI_SETTINGS;
        }
        if (under(file, ".gemini/commands") && name.endsWith(".toml")) {
            return FileType.GEMINI_COMMAND;
        }
        if (endsWith(parent(file), ".gemini/agents") && name.endsWith(".md")) {
            return FileType.GEMINI_AGENT;
        }
        return null;
    }

    /** An agent, command or hook file of a Claude Code plugin, by its default folder or its manifest's paths. */
    private static FileType pluginComponent(String file, ClaudePlugin plugin) {
        String relative = plugin.relative(file);
        if (file.endsWith(".md")) {
            if (plugin.agents() == null ? relative.startsWith("agents/") : listed(file, plugin.agents())) {
                return FileType.CLAUDE_AGENT;
            }
            if (plugin.commands() == null ? relative.startsWith("commands/") : listed(file, plugin.commands())) {
                return FileType.CLAUDE_COMMAND;
            }
        }
        if (relative.equals("hooks/hooks.json") || plugin.hooks().contains(file)) {
            return FileType.CLAUDE_HOOKS;
        }
        if (plugin.mcp().contains(file)) {
            return FileType.MCP_CONFIG;
        }
        return null;
    }

    /** Markdown components at the tools' fixed locations: .claude/, .cursor/rules, Copilot's file names. */
    private static FileType markdownComponent(String file, String name) {
        if (under(file, ".cursor/rules")) {
            return FileType.CURSOR_RULE;
        }
        if (!name.endsWith(".md")) {
            return null;
        }
        if (under(file, ".claude/agents")) {
            return FileType.CLAUDE_AGENT;
        }
        if (under(file, ".claude/commands")) {
            return FileType.CLAUDE_COMMAND;
        }
        if (under(file, ".claude/rules")) {
            return FileType.CLAUDE_RULE;
        }
        if (name.endsWith(".instructions.md")) {
            return FileType.COPILOT_PATH_INSTRUCTIONS;
        }
        if (name.endsWith(".prompt.md")) {
            return FileType.COPILOT_PROMPT;
        }
        if (name.endsWith(".chatmode.md")) {
            return FileType.COPILOT_CHATMODE;
        }
        if (name.endsWith(".agent.md") || endsWith(parent(file), ".github/agents")) {
            return FileType.COPILOT_AGENT;
        }
        return null;
    }

    /** Whether {@code file} is one of {@code paths} or lies under one of them (a listed directory). */
    private static boolean listed(String file, List<String> paths) {
        for (String path : paths) {
            if (file.equals(path) || path.isEmpty() || file.startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code file} lies inside a skill's directory (below a SKILL.md), other than the repository root or a
     * plugin root: {@code skills/x/agents/grader.md} is the skill's material, not a subagent.
     */
    private static boolean isSkillContent(String file, Set<String> skillDirectories,
                                          Map<String, ClaudePlugin> plugins) {
        for (String dir = parent(file); !dir.isEmpty(); dir = parent(dir)) {
            if (skillDirectories.contains(dir) && !plugins.containsKey(dir)) {
                return true;
            }
        }
        return false;
    }

    private static ClaudePlugin innermostPlugin(String file, Map<String, ClaudePlugin> plugins) {
        if (plugins.isEmpty()) {
            return null;
        }
        for (String dir = parent(file); ; dir = parent(dir)) {
            ClaudePlugin plugin = plugins.get(dir);
            if (plugin != null) {
                return plugin;
            }
            if (dir.isEmpty()) {
                return null;
            }
        }
    }

    /** Whether {@code file} is {@code suffix} at the root or at the end of a deeper path. */
    private static boolean endsWith(String file, String suffix) {
        return file.equals(suffix) || file.endsWith("/" + suffix);
    }

    /** Whether {@code file} lies below the directory {@code dir} (at the root or in a nested project). */
    private static boolean under(String file, String dir) {
        return file.startsWith(dir + "/") || file.contains("/" + dir + "/");
    }

    private static boolean isMcpConfig(String file) {
        String name = fileName(file);
        if (MCP_CONFIG_NAMES.contains(name)) {
            return true;
        }
        String parent = fileName(parent(file));
        return name.equals("mcp.json") && (parent.equals(".cursor") || parent.equals(".vscode"));
    }

    private static boolean isEnvironmentYaml(String file) {
        return file.startsWith("environments/") && (file.endsWith(".yaml") || file.endsWith(".yml"));
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
