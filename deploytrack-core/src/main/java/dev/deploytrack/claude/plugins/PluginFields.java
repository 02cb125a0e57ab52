package dev.deploytrack.claude.plugins;

import java.util.Set;

/** The fields of a plugin manifest (plugins reference, "Plugin manifest schema"). */
final class PluginFields {

    static final Set<String> KNOWN = Set.of("$schema", "name", "version", "description", "author", "homepage",
            "repository", "license", "keywords", "commands", "agents", "skills", "workflows", "hooks", "mcpServers",
            "outputStyles", "lspServers", "experimental", "userConfig", "channels", "dependencies", "settings",
            "metadata");

    /** Component path fields whose paths replace the default folder. */
    static final Set<String> REPLACING = Set.of("commands", "agents", "workflows", "outputStyles");

    /** Every component path field. */
    static final String[] PATH_FIELDS = {"commands", "agents", "skills", "workflows", "hooks", "mcpServers",
        "outputStyles", "lspServers"};

    private PluginFields() {
    }

    /** The default folder of a replacing field. */
    static String defaultFolder(String field) {
        return field.equals("outputStyles") ? "output-styles" : field;
    }
}
