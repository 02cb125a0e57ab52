package dev.deploytrack.claude;

import dev.deploytrack.yaml.YamlMappingReader;
import java.util.List;
import java.util.Set;

/**
 * The {@code claude:} section of deploytrack.yml. Claude Code adds tools and hook events with every release; names
 * listed here count as known until deploytrack's own lists have them, so a rule never calls a new tool unknown.
 *
 * @param extraTools      tool names to accept besides the tools reference's
 * @param extraHookEvents hook event names to accept besides the hooks reference's
 */
public record ClaudeSettings(Set<String> extraTools, Set<String> extraHookEvents) {

    public ClaudeSettings {
        extraTools = Set.copyOf(extraTools);
        extraHookEvents = Set.copyOf(extraHookEvents);
    }

    public static ClaudeSettings defaults() {
        return new ClaudeSettings(Set.of(), Set.of());
    }

    /** Binds the {@code claude:} section. */
    public static ClaudeSettings bind(YamlMappingReader claude) {
        List<String> tools = claude.stringList("extra-tools");
        List<String> events = claude.stringList("extra-hook-events");
        return new ClaudeSettings(Set.copyOf(tools), Set.copyOf(events));
    }

    /** Whether {@code name} is a tool: a known tool, one of the extra tools, or an MCP tool. */
    public boolean isTool(String name) {
        return ClaudeCode.isTool(name) || extraTools.contains(name);
    }

    /** Whether {@code name} is a hook event Claude Code knows or the configuration adds. */
    public boolean isHookEvent(String name) {
        return ClaudeCode.HOOK_EVENTS.contains(name) || extraHookEvents.contains(name);
    }
}
