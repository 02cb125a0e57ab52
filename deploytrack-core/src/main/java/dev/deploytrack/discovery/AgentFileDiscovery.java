package dev.deploytrack.discovery;

import dev.deploytrack.skills.SkillFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sorts a repository's file list into the kinds of agent configuration deploytrack checks. Works on paths only, so
 * it serves a directory on disk and a git index alike.
 */
public final class AgentFileDiscovery {

    /** Instruction files loaded into every conversation, recognised at any depth (nested ones scope a subtree). */
    public static final Set<String> INSTRUCTION_FILE_NAMES = Set.of("AGENTS.md", "CLAUDE.md", "GEMINI.md");

    public static final String COPILOT_INSTRUCTIONS = ".github/copilot-instructions.md";

    public static final Set<String> MCP_CONFIG_NAMES = Set.of(".mcp.json", "claude_desktop_config.json");

    public static final String CONFIG_FILE = "deploytrack.yml";

    private AgentFileDiscovery() {
    }

    /**
     * @param files         every file of the repository, relative to its root
     * @param rootDirectory the name of the root directory (the directory name of a SKILL.md at the root)
     */
    public static AgentFiles discover(List<String> files, String rootDirectory) {
        List<SkillFile> skills = new ArrayList<>();
        List<String> instructions = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        List<String> mcp = new ArrayList<>();
        List<String> yaml = new ArrayList<>();
        Set<String> upperCaseSkillDirectories = new HashSet<>();
        for (String file : files) {
            if (fileName(file).equals(SkillFile.FILE_NAME)) {
                upperCaseSkillDirectories.add(parent(file));
            }
        }
        for (String file : files) {
            String name = fileName(file);
            String parent = parent(file);
            if (name.equals(SkillFile.FILE_NAME)
                    || (name.equals("skill.md") && !upperCaseSkillDirectories.contains(parent))) {
                skills.add(new SkillFile(file, parent.isEmpty() ? rootDirectory : fileName(parent)));
            } else if (INSTRUCTION_FILE_NAMES.contains(name) || file.equals(COPILOT_INSTRUCTIONS)) {
                instructions.add(file);
            } else if (isAgentDefinition(file)) {
                agents.add(file);
            } else if (isMcpConfig(file)) {
                mcp.add(file);
            } else if (file.equals(CONFIG_FILE) || isEnvironmentYaml(file)) {
                yaml.add(file);
            }
        }
        return new AgentFiles(skills, instructions, agents, mcp, yaml);
    }

    private static boolean isAgentDefinition(String file) {
        return file.endsWith(".md") && (parent(file).equals(".claude/agents") || parent(file).endsWith("/.claude/agents"));
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
