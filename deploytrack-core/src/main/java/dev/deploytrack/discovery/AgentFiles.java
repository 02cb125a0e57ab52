package dev.deploytrack.discovery;

import dev.deploytrack.skills.SkillFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The agent configuration found in a repository, by kind. Every path is relative to the repository root.
 *
 * @param skills           directories holding a SKILL.md
 * @param instructionFiles always-loaded instructions: AGENTS.md, CLAUDE.md, GEMINI.md (at any depth) and
 *                         {@code .github/copilot-instructions.md}
 * @param agentDefinitions subagent definitions, {@code .claude/agents/*.md}
 * @param mcpConfigs       MCP server configurations: {@code .mcp.json}, {@code .cursor/mcp.json},
 *                         {@code .vscode/mcp.json}, {@code claude_desktop_config.json}
 * @param yamlConfigs      deploytrack's own YAML: {@code deploytrack.yml} and YAML under {@code environments/}
 */
public record AgentFiles(List<SkillFile> skills, List<String> instructionFiles, List<String> agentDefinitions,
                         List<String> mcpConfigs, List<String> yamlConfigs) {

    public AgentFiles {
        skills = List.copyOf(skills);
        instructionFiles = List.copyOf(instructionFiles);
        agentDefinitions = List.copyOf(agentDefinitions);
        mcpConfigs = List.copyOf(mcpConfigs);
        yamlConfigs = List.copyOf(yamlConfigs);
    }

    /** Every agent configuration file, of every kind. */
    public Set<String> paths() {
        Set<String> paths = new HashSet<>(instructionFiles);
        skills.forEach(skill -> paths.add(skill.path()));
        paths.addAll(agentDefinitions);
        paths.addAll(mcpConfigs);
        paths.addAll(yamlConfigs);
        return paths;
    }

    public boolean isEmpty() {
        return skills.isEmpty() && instructionFiles.isEmpty() && agentDefinitions.isEmpty() && mcpConfigs.isEmpty()
                && yamlConfigs.isEmpty();
    }
}
