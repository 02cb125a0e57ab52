package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hook events are the keys of {@code hooks} (gemini-cli HookEventName): an error for a near miss of one (a typo that
 * never fires), a warning for another name (an event newer than deploytrack's list). Events written under
 * {@code hooksConfig}, which holds only enabled, disabled and notifications, never fire: agnix GM-004 reads them
 * there, Gemini CLI does not.
 */
public final class GeminiHookEvent extends BaseRule<GeminiJson> {

    static final List<String> EVENTS = List.of("BeforeTool", "AfterTool", "BeforeAgent", "AfterAgent",
            "BeforeModel", "AfterModel", "BeforeToolSelection", "SessionStart", "SessionEnd", "Notification",
            "PreCompress");
    /** Keys of hooks (and hooksConfig) that are settings, not events (HOOKS_CONFIG_FIELDS). */
    static final Set<String> CONFIG_FIELDS = Set.of("enabled", "disabled", "notifications");

    public static final Rule RULE = Rule.of("gemini-hook-event", Severity.ERROR,
            "Gemini CLI hook events exist",
            "The keys of 'hooks' in .gemini/settings.json are events: BeforeTool, AfterTool, BeforeAgent, "
                    + "AfterAgent, BeforeModel, AfterModel, BeforeToolSelection, SessionStart, SessionEnd, "
                    + "Notification, PreCompress. A near miss of one (beforeTool, PreTool) is an error, since the "
                    + "hook never runs; another name a warning (it may be newer than deploytrack). Events under "
                    + "'hooksConfig' never run: it holds only enabled, disabled and notifications.");

    public GeminiHookEvent() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        JsonTree hooks = file.get("hooks");
        if (hooks != null && hooks.is(JsonTree.Kind.OBJECT)) {
            for (String key : hooks.fields.keySet()) {
                if (EVENTS.contains(key) || CONFIG_FIELDS.contains(key)) {
                    continue;
                }
                String near = nearMiss(key);
                if (near != null) {
                    file.reportKey(context, RULE, hooks, key, "'" + key + "' is not a Gemini CLI hook event, so "
                            + "these hooks never run", "did you mean '" + near + "'?");
                } else {
                    context.report(RULE, Severity.WARNING, file.path(), hooks.keyLine(key), hooks.keyColumn(key),
                            "'" + key + "' is not a hook event deploytrack knows", "Gemini CLI's events: "
                                    + String.join(", ", EVENTS));
                }
            }
        }
        JsonTree config = file.get("hooksConfig");
        if (config != null && config.is(JsonTree.Kind.OBJECT)) {
            for (String key : config.fields.keySet()) {
                if (EVENTS.contains(key) || nearMiss(key) != null) {
                    context.report(RULE, Severity.WARNING, file.path(), config.keyLine(key), config.keyColumn(key),
                            "hook events belong under 'hooks'; under 'hooksConfig' '" + key + "' never runs",
                            "move it to \"hooks\": {\"" + key + "\": [...]}");
                }
            }
        }
    }

    /** The event {@code key} almost spells (case, one or two letters, a Claude Code name), or null. */
    static String nearMiss(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String event : EVENTS) {
            String known = event.toLowerCase(Locale.ROOT);
            if (lower.equals(known) || Suggestions.editDistance(lower, known) <= 2) {
                return event;
            }
        }
        return switch (key) {
            case "PreToolUse" -> "BeforeTool";
            case "PostToolUse" -> "AfterTool";
            case "UserPromptSubmit" -> "BeforeAgent";
            case "Stop" -> "AfterAgent";
            case "PreCompact" -> "PreCompress";
            default -> null;
        };
    }
}
