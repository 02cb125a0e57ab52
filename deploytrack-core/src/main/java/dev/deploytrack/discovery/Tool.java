package dev.deploytrack.discovery;

/** The agent tools whose files deploytrack finds, each reading them its own way. */
public enum Tool {
    CLAUDE_CODE("Claude Code"),
    CODEX("Codex"),
    COPILOT("GitHub Copilot"),
    CURSOR("Cursor"),
    GEMINI("Gemini CLI"),
    VS_CODE("VS Code"),
    /** Any client of the Agent Skills specification, or deploytrack itself. */
    ANY("any client");

    private final String displayName;

    Tool(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
