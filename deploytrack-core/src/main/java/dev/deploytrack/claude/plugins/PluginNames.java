package dev.deploytrack.claude.plugins;

import java.util.Locale;
import java.util.Set;

/** Plugin and marketplace names: kebab-case, Claude Desktop's character set, the reserved names. */
public final class PluginNames {

    /** Marketplace names reserved for Anthropic (plugin-marketplaces, "Reserved names"). */
    public static final Set<String> RESERVED_MARKETPLACES = Set.of("claude-code-marketplace", "claude-code-plugins",
            "claude-plugins-official", "claude-plugins-community", "claude-community", "anthropic-marketplace",
            "anthropic-plugins", "agent-skills", "anthropic-agent-skills", "knowledge-work-plugins",
            "life-sciences", "claude-for-legal", "claude-for-financial-services", "financial-services-plugins",
            "first-party-plugins", "healthcare");

    private PluginNames() {
    }

    public static boolean isKebab(String name) {
        return name.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** Claude Desktop's set: at most 128 characters of [A-Za-z0-9._-], starting with a letter or digit. */
    public static boolean desktopAccepts(String name) {
        return name.length() <= 128 && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
    }

    /** A kebab-case form: lowercase; '_', ' ' and '.' become '-'; other characters dropped. */
    public static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == '-' || c == '_' || c == ' ' || c == '.') {
                out.append('-');
            }
        }
        String kebab = out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return kebab.isEmpty() ? "plugin" : kebab;
    }

    /**
     * Whether Claude Code 2.1.332 reserves a plugin name ("Plugin name ... is reserved"): the claude-, anthropic-,
     * anthropics- and cc-plugin- prefixes, the bare words, and "official" beside "claude" or "anthropic".
     */
    public static boolean reservedPlugin(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("claude-") || lower.startsWith("anthropic-") || lower.startsWith("anthropics-")
                || lower.startsWith("cc-plugin-") || Set.of("claude", "anthropic", "anthropics", "claude-code",
                "claude-mods").contains(lower) || (lower.contains("official")
                && (lower.contains("claude") || lower.contains("anthropic")));
    }
}
