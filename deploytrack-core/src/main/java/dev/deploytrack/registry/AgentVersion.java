package dev.deploytrack.registry;

/**
 * An agent at a version, as given on the command line: {@code code-review@1.3.0}.
 *
 * @param id      the agent's id (a skill or agent definition name)
 * @param version its version, ideally semantic
 */
public record AgentVersion(String id, String version) {

    public AgentVersion {
        if (!isToken(id) || !isToken(version)) {
            throw new IllegalArgumentException("an agent is ID@VERSION, e.g. code-review@1.3.0, without spaces, "
                    + "not '" + id + "@" + version + "'");
        }
    }

    /** Parses {@code ID@VERSION}; the last {@code @} separates them, so scoped ids like {@code @org/x} work. */
    public static AgentVersion parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("an agent is ID@VERSION, e.g. code-review@1.3.0, not '" + text + "'");
        }
        return new AgentVersion(text.substring(0, at), text.substring(at + 1));
    }

    private static boolean isToken(String text) {
        if (text == null || text.isEmpty() || text.length() > 200) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
