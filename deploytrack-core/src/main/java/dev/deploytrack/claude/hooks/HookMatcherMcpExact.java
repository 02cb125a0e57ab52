package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "The .* is required: a matcher like mcp__memory ... is compared as an exact string and matches no tool" (hooks,
 * "Matcher patterns"): a matcher of letters, digits and underscores only is an exact tool name.
 */
public final class HookMatcherMcpExact extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-matcher-mcp-exact", Severity.WARNING,
            "MCP server matchers match the server's tools",
            "A matcher such as mcp__memory is compared as an exact tool name and matches no tool (tools are "
                    + "mcp__memory__<tool>); write mcp__memory__.* to match every tool of the server.");

    public HookMatcherMcpExact() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (String event : config.events()) {
            if (!ClaudeCode.TOOL_EVENTS.contains(event)) {
                continue;
            }
            for (JsonTree group : HookConfig.groups(config.hooks().get(event))) {
                JsonTree matcher = group.get("matcher");
                if (matcher == null || !matcher.is(JsonTree.Kind.STRING)) {
                    continue;
                }
                for (String part : matcher.text.split("\\|")) {
                    if (part.matches("mcp__[A-Za-z0-9_-]+") && !part.substring(5).contains("__")) {
                        config.report(context, RULE, matcher, "matcher '" + part + "' is compared as an exact "
                                + "tool name, and no tool is named that", "write '" + part + "__.*' to match "
                                + "every tool of the server");
                    }
                }
            }
        }
    }
}
