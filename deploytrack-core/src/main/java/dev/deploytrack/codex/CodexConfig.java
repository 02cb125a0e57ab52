package dev.deploytrack.codex;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;

/**
 * A {@code .codex/config.toml}, parsed as TOML into a {@link JsonTree} ({@link TomlTree}).
 *
 * @param parsed the tree, or where and why the file is not TOML
 */
public record CodexConfig(String path, JsonFiles.Parsed parsed) {

    public JsonTree root() {
        return parsed.tree();
    }

    public void reportKey(CheckContext context, Rule rule, JsonTree table, String key, String message, String hint) {
        context.report(rule, path, table.keyLine(key), table.keyColumn(key), message, hint);
    }
}
