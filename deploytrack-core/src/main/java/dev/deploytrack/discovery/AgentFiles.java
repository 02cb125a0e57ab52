package dev.deploytrack.discovery;

import dev.deploytrack.skills.SkillFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agent configuration found in a repository, by {@link FileType}, with the Claude Code plugins it holds. Every
 * path is relative to the repository root. Immutable.
 */
public final class AgentFiles {

    private final List<SkillFile> skills;
    private final List<String> instructionFiles;
    private final List<String> mcpConfigs;
    private final List<String> yamlConfigs;
    private final Map<FileType, List<String>> byType;
    private final List<ClaudePlugin> plugins;
    private final Map<String, ClaudePlugin> pluginOfFile;

    private AgentFiles(Builder builder) {
        this.skills = List.copyOf(builder.skills);
        this.instructionFiles = List.copyOf(builder.instructionFiles);
        this.mcpConfigs = List.copyOf(builder.mcpConfigs);
        this.yamlConfigs = List.copyOf(builder.yamlConfigs);
        Map<FileType, List<String>> types = new EnumMap<>(FileType.class);
        for (Map.Entry<FileType, List<String>> entry : builder.byType.entrySet()) {
            types.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
        this.byType = types;
        this.plugins = List.copyOf(builder.plugins);
        this.pluginOfFile = Map.copyOf(builder.pluginOfFile);
    }

    /** Directories holding a SKILL.md. */
    public List<SkillFile> skills() {
        return skills;
    }

    /**
     * Always-loaded instructions: every file of a type that is {@link FileType#alwaysLoaded()} (AGENTS.md and
     * AGENTS.override.md, CLAUDE.md and CLAUDE.local.md, GEMINI.md, .github/copilot-instructions.md), in path
     * order.
     */
    public List<String> instructionFiles() {
        return instructionFiles;
    }

    /** Claude Code subagents: {@code .claude/agents/**}, and plugin agents. */
    public List<String> agentDefinitions() {
        return ofType(FileType.CLAUDE_AGENT);
    }

    /** MCP server configurations of every client. */
    public List<String> mcpConfigs() {
        return mcpConfigs;
    }

    /** deploytrack's own YAML: {@code deploytrack.yml} and YAML under {@code environments/}. */
    public List<String> yamlConfigs() {
        return yamlConfigs;
    }

    /** The files of one type, in path order. */
    public List<String> ofType(FileType type) {
        List<String> files = byType.get(type);
        return files == null ? List.of() : files;
    }

    /** The Claude Code plugins of the repository. */
    public List<ClaudePlugin> plugins() {
        return plugins;
    }

    /** The plugin a component file (agent, command, hook or MCP file) belongs to. */
    public Optional<ClaudePlugin> pluginOf(String path) {
        return Optional.ofNullable(pluginOfFile.get(path));
    }

    /**
     * The tools that load a skill, by where it lives: {@code .claude/skills} and Claude Code plugins (Claude Code,
     * and Copilot CLI for the former), {@code .agents/skills} (Codex, Copilot, Gemini), {@code .github/skills}
     * (Copilot), {@code .gemini/skills} (Gemini), a plugin that is also a Codex plugin (Codex). Empty for a skill
     * elsewhere, which only the specification judges.
     */
    public Set<Tool> readers(SkillFile skill) {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        String dir = AgentFileDiscovery.parent(skill.path());
        if (inSkillsFolder(dir, ".claude/skills")) {
            tools.add(Tool.CLAUDE_CODE);
            tools.add(Tool.COPILOT);
        }
        if (inSkillsFolder(dir, ".agents/skills")) {
            tools.add(Tool.CODEX);
            tools.add(Tool.COPILOT);
            tools.add(Tool.GEMINI);
        }
        if (inSkillsFolder(dir, ".github/skills")) {
            tools.add(Tool.COPILOT);
        }
        if (inSkillsFolder(dir, ".gemini/skills")) {
            tools.add(Tool.GEMINI);
        }
        for (ClaudePlugin plugin : plugins) {
            if (plugin.contains(skill.path()) && isPluginSkill(plugin, dir)) {
                tools.add(Tool.CLAUDE_CODE);
                if (plugin.codex()) {
                    tools.add(Tool.CODEX);
                }
            }
        }
        return tools;
    }

    private static boolean inSkillsFolder(String dir, String folder) {
        return dir.startsWith(folder + "/") || dir.contains("/" + folder + "/");
    }

    private static boolean isPluginSkill(ClaudePlugin plugin, String dir) {
        if (dir.equals(plugin.root()) || plugin.relative(dir + "/").startsWith("skills/")) {
            return true;
        }
        for (String listed : plugin.skills()) {
            if (dir.equals(listed) || AgentFileDiscovery.parent(dir).equals(listed)) {
                return true;
            }
        }
        return false;
    }

    /** Every agent configuration file, of every kind. */
    public Set<String> paths() {
        Set<String> paths = new HashSet<>(instructionFiles);
        skills.forEach(skill -> paths.add(skill.path()));
        paths.addAll(mcpConfigs);
        paths.addAll(yamlConfigs);
        for (List<String> files : byType.values()) {
            paths.addAll(files);
        }
        return paths;
    }

    public boolean isEmpty() {
        return paths().isEmpty();
    }

    /** Collects what discovery finds. */
    static final class Builder {

        private final List<SkillFile> skills = new ArrayList<>();
        private final List<String> instructionFiles = new ArrayList<>();
        private final List<String> mcpConfigs = new ArrayList<>();
        private final List<String> yamlConfigs = new ArrayList<>();
        private final Map<FileType, List<String>> byType = new EnumMap<>(FileType.class);
        private final List<ClaudePlugin> plugins;
        private final Map<String, ClaudePlugin> pluginOfFile = new HashMap<>();

        Builder(List<ClaudePlugin> plugins) {
            this.plugins = plugins;
        }

        void skill(SkillFile skill) {
            skills.add(skill);
            add(FileType.SKILL, skill.path(), null);
        }

        void mcpConfig(String path) {
            mcpConfigs.add(path);
        }

        void yamlConfig(String path) {
            yamlConfigs.add(path);
        }

        void add(FileType type, String path, ClaudePlugin plugin) {
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(path);
            if (type.alwaysLoaded()) {
                instructionFiles.add(path);
            }
            if (plugin != null) {
                pluginOfFile.put(path, plugin);
            }
        }

        AgentFiles build() {
            return new AgentFiles(this);
        }
    }
}
