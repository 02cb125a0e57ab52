package dev.deploytrack.discovery;

/**
 * Every kind of agent configuration file deploytrack finds, with the tool that reads it and where that tool looks
 * (docs/rules.md has the table of file types, their rules and the vendors' sources). Discovery sorts paths into
 * these; checks ask for the types they check.
 */
public enum FileType {
    SKILL(Tool.ANY, "Agent Skill", "SKILL.md in any directory"),
    AGENTS_MD(Tool.CODEX, "AGENTS.md instructions", "AGENTS.md and AGENTS.override.md at any depth", true),
    CLAUDE_MD(Tool.CLAUDE_CODE, "CLAUDE.md memory", "CLAUDE.md and CLAUDE.local.md at any depth, .claude/CLAUDE.md",
            true),
    CLAUDE_RULE(Tool.CLAUDE_CODE, "Claude Code rule", ".claude/rules/**/*.md"),
    CLAUDE_AGENT(Tool.CLAUDE_CODE, "Claude Code subagent",
            ".claude/agents/**/*.md; a plugin's agents/**/*.md or the paths its manifest lists"),
    CLAUDE_COMMAND(Tool.CLAUDE_CODE, "Claude Code slash command",
            ".claude/commands/**/*.md; a plugin's commands/**/*.md or the paths its manifest lists"),
    CLAUDE_SETTINGS(Tool.CLAUDE_CODE, "Claude Code settings", ".claude/settings.json, .claude/settings.local.json"),
    CLAUDE_HOOKS(Tool.CLAUDE_CODE, "Claude Code plugin hooks",
            "a plugin's hooks/hooks.json or the hook files its manifest lists"),
    CLAUDE_PLUGIN(Tool.CLAUDE_CODE, "Claude Code plugin manifest", ".claude-plugin/plugin.json"),
    CLAUDE_MARKETPLACE(Tool.CLAUDE_CODE, "Claude Code marketplace", ".claude-plugin/marketplace.json"),
    MCP_CONFIG(Tool.ANY, "MCP server configuration",
            ".mcp.json (project and plugin root), .cursor/mcp.json, .vscode/mcp.json, claude_desktop_config.json"),
    CURSOR_RULE(Tool.CURSOR, "Cursor rule", ".cursor/rules/** (rules are .mdc files)"),
    CURSOR_LEGACY_RULES(Tool.CURSOR, "Cursor legacy rules", ".cursorrules"),
    COPILOT_INSTRUCTIONS(Tool.COPILOT, "Copilot repository instructions", ".github/copilot-instructions.md", true),
    COPILOT_PATH_INSTRUCTIONS(Tool.COPILOT, "Copilot path instructions", "*.instructions.md"),
    COPILOT_PROMPT(Tool.COPILOT, "Copilot prompt file", "*.prompt.md"),
    COPILOT_AGENT(Tool.COPILOT, "Copilot custom agent", ".github/agents/*.md, *.agent.md"),
    COPILOT_CHATMODE(Tool.COPILOT, "Copilot chat mode (legacy)", "*.chatmode.md"),
    CODEX_CONFIG(Tool.CODEX, "Codex configuration", ".codex/config.toml"),
    CODEX_PLUGIN(Tool.CODEX, "Codex plugin manifest", ".codex-plugin/plugin.json"),
    GEMINI_MD(Tool.GEMINI, "GEMINI.md memory", "GEMINI.md at any depth", true),
    GEMINI_SETTINGS(Tool.GEMINI, "Gemini CLI settings", ".gemini/settings.json"),
    GEMINI_EXTENSION(Tool.GEMINI, "Gemini CLI extension manifest", "gemini-extension.json"),
    GEMINI_COMMAND(Tool.GEMINI, "Gemini CLI command", ".gemini/commands/**/*.toml"),
    GEMINI_AGENT(Tool.GEMINI, "Gemini CLI subagent", ".gemini/agents/*.md"),
    DEPLOYTRACK_YAML(Tool.ANY, "deploytrack configuration", "deploytrack.yml, environments/**/*.yaml");

    private final Tool tool;
    private final String displayName;
    private final String locations;
    private final boolean alwaysLoaded;

    FileType(Tool tool, String displayName, String locations) {
        this(tool, displayName, locations, false);
    }

    FileType(Tool tool, String displayName, String locations, boolean alwaysLoaded) {
        this.tool = tool;
        this.displayName = displayName;
        this.locations = locations;
        this.alwaysLoaded = alwaysLoaded;
    }

    /**
     * Instructions the tool loads into every conversation (nested ones when it works in their directory): what the
     * always-loaded token budget and the instruction-file checks count. Every file discovery gives this type is one.
     */
    public boolean alwaysLoaded() {
        return alwaysLoaded;
    }

    /** The tool that reads files of this type ({@link Tool#ANY} when several do). */
    public Tool tool() {
        return tool;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Markdown files that give an agent, a command or a rule of their own, which inside a skill's directory are
     * the skill's material instead (its references, examples, bundled agents).
     */
    public boolean isMarkdownComponent() {
        return switch (this) {
            case CLAUDE_AGENT, CLAUDE_COMMAND, CLAUDE_RULE, CURSOR_RULE, COPILOT_PATH_INSTRUCTIONS, COPILOT_PROMPT,
                    COPILOT_AGENT, COPILOT_CHATMODE, GEMINI_AGENT, GEMINI_COMMAND -> true;
            default -> false;
        };
    }

    /** Where the tool looks for them, as docs/rules.md says it. */
    public String locations() {
        return locations;
    }
}
