package dev.deploytrack.claude.settings;

import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import java.util.ArrayList;
import java.util.List;

/**
 * One permission rule of a settings file: "Permission rules follow the format Tool or Tool(specifier)"
 * (permissions), with the list it is in (allow, ask, deny).
 */
public record PermissionRule(String list, JsonTree value) {

    static final String[] LISTS = {"allow", "ask", "deny"};

    /** The rules of the settings' permissions lists (string entries only; other entries are a type error). */
    public static List<PermissionRule> of(ClaudeJson settings) {
        List<PermissionRule> rules = new ArrayList<>();
        JsonTree permissions = settings.get("permissions");
        if (permissions == null || !permissions.is(JsonTree.Kind.OBJECT)) {
            return rules;
        }
        for (String list : LISTS) {
            JsonTree entries = permissions.get(list);
            if (entries != null && entries.is(JsonTree.Kind.ARRAY)) {
                for (JsonTree entry : entries.items) {
                    if (entry.is(JsonTree.Kind.STRING)) {
                        rules.add(new PermissionRule(list, entry));
                    }
                }
            }
        }
        return rules;
    }

    /** The settings' permissions.defaultMode, or null. */
    static JsonTree defaultMode(ClaudeJson settings) {
        JsonTree permissions = settings.get("permissions");
        return permissions == null || !permissions.is(JsonTree.Kind.OBJECT) ? null : permissions.get("defaultMode");
    }

    public String text() {
        return value.text.strip();
    }

    /** Whether the rule has the form Tool or Tool(specifier), with balanced parentheses. */
    public boolean wellFormed() {
        String text = text();
        int open = text.indexOf('(');
        if (text.isEmpty() || open == 0) {
            return false;
        }
        if (open < 0) {
            return !text.contains(")") && !text.contains(" ");
        }
        if (!text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i != text.length() - 1) {
                return false;
            }
        }
        return depth == 0 && !text.substring(0, open).contains(" ");
    }

    public String tool() {
        String text = text();
        int open = text.indexOf('(');
        return open < 0 ? text : text.substring(0, open);
    }

    /** The specifier, or null. */
    public String specifier() {
        String text = text();
        int open = text.indexOf('(');
        return open < 0 ? null : text.substring(open + 1, text.length() - 1);
    }
}
