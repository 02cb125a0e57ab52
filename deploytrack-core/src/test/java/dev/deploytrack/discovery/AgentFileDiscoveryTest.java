package dev.deploytrack.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deploytrack.skills.SkillFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentFileDiscoveryTest {

    @Test
    void sortsFilesByKind() {
        AgentFiles files = AgentFileDiscovery.discover(List.of(
                ".agents/skills/db/SKILL.md",
                ".claude/agents/reviewer.md",
                ".claude/agents/notes.txt",
                ".claude/skills/pdf/SKILL.md",
                ".cursor/mcp.json",
                ".github/copilot-instructions.md",
                ".mcp.json",
                ".vscode/mcp.json",
                "AGENTS.md",
                "CLAUDE.md",
                "README.md",
                "deploytrack.yml",
                "docs/deploytrack.yml",
                "environments/prod/budget-limits.yaml",
                "environments/prod/notes.md",
                "services/api/AGENTS.md",
                "services/api/GEMINI.md",
                "skills/lower/skill.md",
                "tools/claude_desktop_config.json",
                "tools/mcp.json"), "repo");
        assertEquals(List.of(new SkillFile(".agents/skills/db/SKILL.md", "db"),
                new SkillFile(".claude/skills/pdf/SKILL.md", "pdf"),
                new SkillFile("skills/lower/skill.md", "lower")), files.skills());
        assertEquals(List.of(".github/copilot-instructions.md", "AGENTS.md", "CLAUDE.md", "services/api/AGENTS.md",
                "services/api/GEMINI.md"), files.instructionFiles());
        assertEquals(List.of(".claude/agents/reviewer.md"), files.agentDefinitions());
        assertEquals(List.of(".cursor/mcp.json", ".mcp.json", ".vscode/mcp.json", "tools/claude_desktop_config.json"),
                files.mcpConfigs());
        assertEquals(List.of("deploytrack.yml", "environments/prod/budget-limits.yaml"), files.yamlConfigs());
    }

    @Test
    void skillAtTheRootTakesTheRootDirectoryName() {
        assertEquals(List.of(new SkillFile("SKILL.md", "my-skill")),
                AgentFileDiscovery.discover(List.of("SKILL.md"), "my-skill").skills());
    }

    @Test
    void uppercaseSkillFileWinsOverLowercaseInTheSameDirectory() {
        assertEquals(List.of(new SkillFile("a/SKILL.md", "a")),
                AgentFileDiscovery.discover(List.of("a/SKILL.md", "a/skill.md"), "r").skills());
    }
}
