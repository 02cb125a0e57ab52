package dev.deploytrack.claude;

import dev.deploytrack.skills.SkillValidator;
import java.util.Locale;
import java.util.Set;

/**
 * What Claude Code accepts, as its documentation states it (code.claude.com/docs/en/{tools-reference, hooks,
 * sub-agents, skills, permissions, model-config}, docs for 2.1.240, with what `claude doctor` 2.1.332 also accepts).
 * These lists grow with every release, so rules that rest on them report unknown names as warnings; only a near
 * miss of a known name (a typo) is an error.
 */
public final class ClaudeCode {

    /** The tool names of the tools reference, plus {@code Task}, the alias of {@code Agent} since 2.1.63. */
    public static final Set<String> TOOLS = Set.of("Agent", "Artifact", "AskUserQuestion", "Bash", "CronCreate",
            "CronDelete", "CronList", "Edit", "EndConversation", "EnterPlanMode", "EnterWorktree", "ExitPlanMode",
            "ExitWorktree", "Glob", "Grep", "ListAgents", "ListMcpResourcesTool", "LSP", "Monitor", "NotebookEdit",
            "PowerShell", "PushNotification", "Read", "ReadMcpResourceTool", "RemoteTrigger", "ReportFindings",
            "ScheduleWakeup", "SendMessage", "SendUserFile", "ShareOnboardingGuide", "Skill", "TaskCreate", "TaskGet",
            "TaskList", "TaskOutput", "TaskStop", "TaskUpdate", "TodoWrite", "ToolSearch", "WaitForMcpServers",
            "WebFetch", "WebSearch", "Workflow", "Write", "Task");

    /** Tools Claude Code no longer has. */
    public static final Set<String> LEGACY_TOOLS = Set.of("LS", "NotebookRead", "TodoRead", "KillShell",
            "BashOutput", "MultiEdit");

    /** Hook events (hooks reference, 2.1.240; the last three accepted by 2.1.332). */
    public static final Set<String> HOOK_EVENTS = Set.of("SessionStart", "Setup", "UserPromptSubmit",
            "UserPromptExpansion", "PreToolUse", "PermissionRequest", "PermissionDenied", "PostToolUse",
            "PostToolUseFailure", "PostToolBatch", "Notification", "MessageDisplay", "SubagentStart", "SubagentStop",
            "TaskCreated", "TaskCompleted", "Stop", "StopFailure", "TeammateIdle", "InstructionsLoaded",
            "ConfigChange", "CwdChanged", "DirectoryAdded", "FileChanged", "WorktreeCreate", "WorktreeRemove",
            "PreCompact", "PostCompact", "Elicitation", "ElicitationResult", "SessionEnd", "PreModelSwitch",
            "PostModelSwitch", "PreSkillShellCommand");

    /** Events about a tool call: the only ones where {@code if} is evaluated and MCP tool matchers apply. */
    public static final Set<String> TOOL_EVENTS = Set.of("PreToolUse", "PostToolUse", "PostToolUseFailure",
            "PermissionRequest", "PermissionDenied");

    /** "If you add a matcher field to an event without matcher support, it is silently ignored." */
    public static final Set<String> EVENTS_WITHOUT_MATCHER = Set.of("UserPromptSubmit", "PostToolBatch", "Stop",
            "TeammateIdle", "TaskCreated", "TaskCompleted", "WorktreeCreate", "WorktreeRemove", "MessageDisplay",
            "CwdChanged");

    /** Events that support prompt and agent hooks. */
    public static final Set<String> PROMPT_HOOK_EVENTS = Set.of("PermissionDenied", "PermissionRequest",
            "PostToolBatch", "PostToolUse", "PostToolUseFailure", "PreToolUse", "Stop", "SubagentStop",
            "TaskCompleted", "TaskCreated", "TeammateIdle", "UserPromptExpansion", "UserPromptSubmit");

    /** "SessionStart and Setup support command and mcp_tool hooks. They don't support http, prompt, or agent." */
    public static final Set<String> COMMAND_ONLY_EVENTS = Set.of("SessionStart", "Setup");

    public static final Set<String> HOOK_TYPES = Set.of("command", "http", "mcp_tool", "prompt", "agent");

    /** Model aliases ({@code /model}), and {@code inherit} for skills and subagents. */
    public static final Set<String> MODEL_ALIASES = Set.of("default", "best", "fable", "sonnet", "opus", "haiku",
            "sonnet[1m]", "opus[1m]", "opusplan", "inherit");

    public static final Set<String> PERMISSION_MODES = Set.of("default", "acceptEdits", "auto", "dontAsk",
            "bypassPermissions", "plan", "manual");

    public static final Set<String> EFFORTS = Set.of("low", "medium", "high", "xhigh", "max");

    public static final Set<String> COLORS = Set.of("red", "blue", "green", "yellow", "purple", "orange", "pink",
            "cyan");

    /** Built-in subagent types a skill's {@code agent} may name. */
    public static final Set<String> BUILT_IN_AGENTS = Set.of("Explore", "Plan", "general-purpose");

    /** Fields of a SKILL.md (and, except name and paths, of a command file) that Claude Code reads. */
    public static final Set<String> SKILL_FIELDS = SkillValidator.CLAUDE_CODE_FIELDS;

    /** Fields of a subagent file. */
    public static final Set<String> AGENT_FIELDS = Set.of("name", "description", "tools", "disallowedTools", "model",
            "permissionMode", "maxTurns", "skills", "mcpServers", "hooks", "memory", "background", "effort",
            "isolation", "color", "initialPrompt");

    private ClaudeCode() {
    }

    /** Whether {@code model} is a model Claude Code accepts: an alias, a Claude model id, or a provider's id. */
    public static boolean isModel(String model) {
        String lower = model.toLowerCase(Locale.ROOT);
        return MODEL_ALIASES.contains(model) || lower.startsWith("claude-") || lower.contains("anthropic")
                || lower.contains("claude");
    }

    /** Whether {@code name} names a tool: a known tool, or an MCP tool ({@code mcp__server[__tool]}). */
    public static boolean isTool(String name) {
        return TOOLS.contains(name) || name.startsWith("mcp__");
    }

    /** The known name {@code name} is a near miss of (different case, or one edit away), or null. */
    public static String nearMiss(String name, Set<String> known) {
        for (String candidate : known) {
            if (candidate.equalsIgnoreCase(name) || editDistanceOne(candidate, name)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean editDistanceOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
