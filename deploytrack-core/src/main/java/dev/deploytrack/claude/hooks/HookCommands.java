package dev.deploytrack.claude.hooks;

import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import java.util.ArrayList;
import java.util.List;

/** The command hooks of a configuration, with their command and whether they run in a shell. */
final class HookCommands {

    /** A command hook: its handler, its command string and whether it is shell form (no 'args'). */
    record CommandHook(HookConfig.Handler handler, JsonTree command, boolean shellForm) {
    }

    private HookCommands() {
    }

    static List<CommandHook> of(HookConfig config) {
        List<CommandHook> hooks = new ArrayList<>();
        for (HookConfig.Handler handler : config.handlers()) {
            JsonTree command = handler.handler().get("command");
            if ("command".equals(handler.type()) && command != null && command.is(JsonTree.Kind.STRING)) {
                hooks.add(new CommandHook(handler, command, handler.handler().get("args") == null));
            }
        }
        return hooks;
    }
}
