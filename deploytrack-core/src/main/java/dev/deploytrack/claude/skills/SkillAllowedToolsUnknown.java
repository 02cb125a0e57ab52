package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.Tools;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * An allowed-tools entry whose tool is not a Claude Code tool: "The tool names are the exact strings you use in
 * permission rules" (tools reference). A warning: the list grows with every release.
 */
public final class SkillAllowedToolsUnknown extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-allowed-tools-unknown", Severity.WARNING,
            "a skill's allowed-tools are Claude Code tools",
            "Each entry of allowed-tools and disallowed-tools names a tool of the tools reference, optionally "
                    + "with a specifier (Bash(git:*)), or an MCP tool (mcp__server__tool). Retired names (LS, "
                    + "TodoRead...) no longer exist.");

    public SkillAllowedToolsUnknown() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        for (String field : SkillTools.FIELDS) {
            Tools.reportUnknown(context, skill, RULE, SkillTools.entries(skill, field), field);
        }
    }
}
