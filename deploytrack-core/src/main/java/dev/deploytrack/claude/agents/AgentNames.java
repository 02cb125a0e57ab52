package dev.deploytrack.claude.agents;

import java.util.Locale;

/** Subagent names: the documented form is lowercase letters, digits and hyphens. */
final class AgentNames {

    private AgentNames() {
    }

    static boolean isKebab(String name) {
        return name.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** A kebab-case form of {@code name}: lowercase; '_', ' ', '.', ':' become '-'; others dropped. */
    static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == '-' || c == '_' || c == ' ' || c == '.' || c == ':') {
                out.append('-');
            }
        }
        String kebab = out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return kebab.isEmpty() ? "agent" : kebab;
    }
}
