package dev.deploytrack.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.workspace.MemoryWorkspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentFileDiscoveryTest {

    /** Discovery through its one entry point, over a workspace of these (empty) files. */
    private static AgentFiles discover(String rootName, String... paths) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : paths) {
            files.put(path, "");
        }
        return AgentFileDiscovery.discover(MemoryWorkspace.of(Path.of(rootName), files));
    }

    @Test
    void sortsFilesByKind() {
        AgentFiles files = discover("repo",
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
                "tools/mcp.json");
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
                discover("my-skill", "SKILL.md").skills());
    }

    @Test
    void uppercaseSkillFileWinsOverLowercaseInTheSameDirectory() {
        assertEquals(List.of(new SkillFile("a/SKILL.md", "a")),
                discover("r", "a/SKILL.md", "a/skill.md").skills());
    }

    @Test
    void findsEveryFileTypeWhereItsToolLooksForIt() {
        AgentFiles files = discover("repo",
                ".claude/agents/reviewer.md",
                ".claude/agents/qa/test-runner.md",
                ".claude/commands/deploy/staging.md",
                ".claude/rules/api.md",
                ".claude/settings.json",
                ".claude/settings.local.json",
                ".claude/CLAUDE.md",
                "services/api/CLAUDE.local.md",
                "services/api/.claude/agents/api.md",
                ".cursor/rules/style.mdc",
                ".cursorrules",
                ".github/copilot-instructions.md",
                ".github/instructions/java.instructions.md",
                ".github/prompts/release.prompt.md",
                ".github/agents/planner.md",
                "agents/reviewer.agent.md",
                ".github/chatmodes/old.chatmode.md",
                "AGENTS.override.md",
                ".codex/config.toml",
                ".gemini/settings.json",
                "gemini-extension.json",
                ".gemini/commands/ship.toml",
                "docs/notes.md");
        assertEquals(List.of(".claude/agents/qa/test-runner.md", ".claude/agents/reviewer.md",
                "services/api/.claude/agents/api.md"), files.ofType(FileType.CLAUDE_AGENT));
        assertEquals(List.of(".claude/commands/deploy/staging.md"), files.ofType(FileType.CLAUDE_COMMAND));
        assertEquals(List.of(".claude/rules/api.md"), files.ofType(FileType.CLAUDE_RULE));
        assertEquals(List.of(".claude/settings.json", ".claude/settings.local.json"),
                files.ofType(FileType.CLAUDE_SETTINGS));
        assertEquals(List.of(".claude/CLAUDE.md", "services/api/CLAUDE.local.md"), files.ofType(FileType.CLAUDE_MD));
        assertEquals(List.of(".cursor/rules/style.mdc"), files.ofType(FileType.CURSOR_RULE));
        assertEquals(List.of(".cursorrules"), files.ofType(FileType.CURSOR_LEGACY_RULES));
        assertEquals(List.of(".github/copilot-instructions.md"), files.ofType(FileType.COPILOT_INSTRUCTIONS));
        assertEquals(List.of(".github/instructions/java.instructions.md"),
                files.ofType(FileType.COPILOT_PATH_INSTRUCTIONS));
        assertEquals(List.of(".github/prompts/release.prompt.md"), files.ofType(FileType.COPILOT_PROMPT));
        assertEquals(List.of(".github/agents/planner.md", "agents/reviewer.agent.md"),
                files.ofType(FileType.COPILOT_AGENT));
        assertEquals(List.of(".github/chatmodes/old.chatmode.md"), files.ofType(FileType.COPILOT_CHATMODE));
        assertEquals(List.of("AGENTS.override.md"), files.ofType(FileType.AGENTS_MD));
        assertEquals(List.of(".codex/config.toml"), files.ofType(FileType.CODEX_CONFIG));
        assertEquals(List.of(".gemini/settings.json"), files.ofType(FileType.GEMINI_SETTINGS));
        assertEquals(List.of("gemini-extension.json"), files.ofType(FileType.GEMINI_EXTENSION));
        assertEquals(List.of(".gemini/commands/ship.toml"), files.ofType(FileType.GEMINI_COMMAND));
        assertFalse(files.paths().contains("docs/notes.md"));
    }

    @Test
    void findsPluginsByManifestAndByMarketplaceSourceWithTheComponentPathsTheyList() {
        Map<String, String> repo = new LinkedHashMap<>();
        repo.put(".claude-plugin/marketplace.json", "{\"name\": \"m\", \"owner\": {\"name\": \"o\"}, "
                + "\"plugins\": [{\"name\": \"a\", \"source\": \"./plugins/a\"}, "
                + "{\"name\": \"r\", \"source\": {\"source\": \"github\", \"repo\": \"x/y\"}}]}");
        repo.put("plugins/a/agents/triager.md", "---\nname: triager\n---\n");
        repo.put("plugins/a/agents/deep/nested.md", "---\nname: nested\n---\n");
        repo.put("plugins/a/commands/triage.md", "Triage.\n");
        repo.put("plugins/a/hooks/hooks.json", "{\"hooks\": {}}");
        repo.put("plugins/a/.mcp.json", "{\"srv\": {\"command\": \"x\"}}");
        repo.put("plugins/a/skills/review/SKILL.md", "---\nname: review\n---\n");
        repo.put("plugins/a/skills/review/agents/grader.md", "---\nname: grader\n---\n");
        repo.put("plugins/a/skills/review/commands/example.md", "An example.\n");
        repo.put("plugins/b/.claude-plugin/plugin.json", "{\"name\": \"b\", \"agents\": [\"./custom/x.md\"], "
                + "\"hooks\": \"./config/hooks.json\"}");
        repo.put("plugins/b/custom/x.md", "---\nname: x\n---\n");
        repo.put("plugins/b/agents/ignored.md", "---\nname: ignored\n---\n");
        repo.put("plugins/b/config/hooks.json", "{\"hooks\": {}}");
        repo.put("plugins/c/agents/not-a-plugin.md", "---\nname: c\n---\n");
        AgentFiles files = AgentFileDiscovery.discover(MemoryWorkspace.of(Path.of("repo"), repo));
        assertEquals(List.of("plugins/a/agents/deep/nested.md", "plugins/a/agents/triager.md", "plugins/b/custom/x.md"),
                files.ofType(FileType.CLAUDE_AGENT));
        assertEquals(List.of("plugins/a/commands/triage.md"), files.ofType(FileType.CLAUDE_COMMAND));
        assertEquals(List.of("plugins/a/hooks/hooks.json", "plugins/b/config/hooks.json"),
                files.ofType(FileType.CLAUDE_HOOKS));
        assertEquals("plugins/a", files.pluginOf("plugins/a/.mcp.json").orElseThrow().root());
        assertEquals(List.of("plugins/a", "plugins/b"),
                files.plugins().stream().map(ClaudePlugin::root).sorted().toList());
        assertEquals(Set.of(Tool.CLAUDE_CODE), files.readers(files.skills().get(0)));
    }

    @Test
    void aSkillsToolsFollowFromWhereItLives() {
        AgentFiles files = discover("repo", ".claude/skills/a/SKILL.md", ".agents/skills/b/SKILL.md",
                "skills/c/SKILL.md", "plugins/p/.claude-plugin/plugin.json", "plugins/p/.codex-plugin/plugin.json",
                "plugins/p/skills/d/SKILL.md");
        Map<String, Set<Tool>> readers = new LinkedHashMap<>();
        for (var skill : files.skills()) {
            readers.put(skill.directoryName(), files.readers(skill));
        }
        assertEquals(Set.of(Tool.CLAUDE_CODE, Tool.COPILOT), readers.get("a"));
        assertEquals(Set.of(Tool.CODEX, Tool.COPILOT, Tool.GEMINI), readers.get("b"));
        assertEquals(Set.of(), readers.get("c"));
        assertEquals(Set.of(Tool.CLAUDE_CODE, Tool.CODEX), readers.get("d"));
    }
}
