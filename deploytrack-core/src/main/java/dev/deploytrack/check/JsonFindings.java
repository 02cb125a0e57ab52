package dev.deploytrack.check;

import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Something read from one JSON file (a settings file, a hook configuration, an MCP server entry) whose findings are
 * reported at the values and keys the parser placed: the line and column of a {@link JsonTree}. One implementation
 * for every JSON-backed feature.
 */
public interface JsonFindings {

    /** The file, relative to the workspace root. */
    String path();

    /** Reports at the value {@code at}. */
    default void report(CheckContext context, Rule rule, JsonTree at, String message, String hint) {
        context.report(rule, path(), at.line, at.column, message, hint);
    }

    /** Reports at the value {@code at}, at {@code severity} instead of the rule's default. */
    default void report(CheckContext context, Rule rule, Severity severity, JsonTree at, String message,
                        String hint) {
        context.report(rule, severity, path(), at.line, at.column, message, hint);
    }

    /** Reports at the key {@code key} of {@code object} (where a wrong or misplaced field is named). */
    default void reportKey(CheckContext context, Rule rule, JsonTree object, String key, String message,
                           String hint) {
        context.report(rule, path(), object.keyLine(key), object.keyColumn(key), message, hint);
    }
}
