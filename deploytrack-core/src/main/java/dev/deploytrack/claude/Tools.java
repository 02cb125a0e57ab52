package dev.deploytrack.claude;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import java.util.List;

/** Reporting tool names that Claude Code does not have (subagents' tools, skills' allowed-tools). */
public final class Tools {

    private Tools() {
    }

    /** Reports each entry whose tool is neither a Claude Code tool nor an MCP tool. */
    public static void reportUnknown(CheckContext context, ClaudeMarkdown file, Rule rule,
                                     List<ToolList.Entry> entries, String field) {
        for (ToolList.Entry entry : entries) {
            String tool = entry.tool();
            if (tool.isEmpty() || tool.equals("*") || file.project().settings().isTool(tool)) {
                continue;
            }
            if (ClaudeCode.LEGACY_TOOLS.contains(tool)) {
                file.report(context, rule, entry.node(), "'" + tool + "' in '" + field + "' is no longer a Claude "
                        + "Code tool", hintForLegacy(tool));
                continue;
            }
            String near = ClaudeCode.nearMiss(tool, ClaudeCode.TOOLS);
            file.report(context, rule, entry.node(), "'" + tool + "' in '" + field + "' is not a Claude Code tool; "
                    + "Claude Code ignores it", near != null ? "did you mean '" + near + "'?"
                    : "use a name from the tools reference (code.claude.com/docs/en/tools-reference), or "
                            + "mcp__<server>__<tool> for an MCP tool; a tool newer than deploytrack goes in "
                            + "claude.extra-tools in deploytrack.yml");
        }
    }

    private static String hintForLegacy(String tool) {
        return switch (tool) {
            case "LS" -> "use Glob or Bash(ls:*)";
            case "NotebookRead" -> "Read reads notebooks";
            case "TodoRead" -> "TodoWrite manages the list";
            case "KillShell" -> "use TaskStop";
            case "BashOutput" -> "use TaskOutput";
            case "MultiEdit" -> "use Edit";
            default -> "remove it";
        };
    }
}
