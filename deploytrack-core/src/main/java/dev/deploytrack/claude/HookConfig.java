package dev.deploytrack.claude;

import dev.deploytrack.check.JsonFindings;
import dev.deploytrack.discovery.ClaudePlugin;
import dev.deploytrack.json.JsonTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code hooks} object of one place Claude Code reads hooks from: a settings file, a plugin's hooks.json or
 * manifest, or the frontmatter of a skill, command or subagent (converted to the same tree). Every hook rule checks
 * this one shape.
 *
 * @param hooks  the object mapping event names to lists of matcher groups
 * @param source where the hooks are declared
 * @param plugin the plugin, or null
 */
public record HookConfig(String path, JsonTree hooks, Source source, ClaudePlugin plugin, ClaudeProject project)
        implements JsonFindings {

    /** Where hooks are declared. */
    public enum Source {
        SETTINGS, PLUGIN, SKILL, AGENT
    }

    /** One hook handler with the event and matcher group it belongs to. */
    public record Handler(String event, JsonTree group, JsonTree handler) {

        public String type() {
            return handler.string("type");
        }

        /** The group's matcher, or null. */
        public String matcher() {
            return group.string("matcher");
        }
    }

    /** Every well-formed handler (objects in a {@code hooks} array of a matcher group of an event). */
    public List<Handler> handlers() {
        List<Handler> handlers = new ArrayList<>();
        if (!hooks.is(JsonTree.Kind.OBJECT)) {
            return handlers;
        }
        for (Map.Entry<String, JsonTree> event : hooks.fields.entrySet()) {
            for (JsonTree group : groups(event.getValue())) {
                JsonTree list = group.get("hooks");
                if (list == null || !list.is(JsonTree.Kind.ARRAY)) {
                    continue;
                }
                for (JsonTree handler : list.items) {
                    if (handler.is(JsonTree.Kind.OBJECT)) {
                        handlers.add(new Handler(event.getKey(), group, handler));
                    }
                }
            }
        }
        return handlers;
    }

    /** The handlers that name a type (a missing type is claude-hook-type's finding). */
    public List<Handler> typedHandlers() {
        List<Handler> typed = new ArrayList<>();
        for (Handler handler : handlers()) {
            if (handler.type() != null) {
                typed.add(handler);
            }
        }
        return typed;
    }

    /** The matcher groups of an event: the objects of its array. */
    public static List<JsonTree> groups(JsonTree event) {
        List<JsonTree> groups = new ArrayList<>();
        if (event.is(JsonTree.Kind.ARRAY)) {
            for (JsonTree group : event.items) {
                if (group.is(JsonTree.Kind.OBJECT)) {
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    /** The event names declared. */
    public List<String> events() {
        return hooks.is(JsonTree.Kind.OBJECT) ? List.copyOf(hooks.fields.keySet()) : List.of();
    }
}
