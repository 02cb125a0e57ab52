package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * The single {@code .cursorrules} file: "still supported but will be deprecated" (cursor.com/docs/rules, 2025
 * snapshots); the 2026 page no longer mentions it.
 */
public final class CursorLegacyRules extends BaseRule<String> {

    public static final Rule RULE = Rule.of("cursor-legacy-cursorrules", Severity.WARNING,
            "Cursor rules live in .cursor/rules",
            "A .cursorrules file is Cursor's legacy rules format, \"still supported but will be deprecated\"; the "
                    + "current documentation describes only .cursor/rules/*.mdc (and AGENTS.md). Only the file at the "
                    + "repository root, where Cursor reads it, is reported: copies elsewhere are collections.");

    public CursorLegacyRules() {
        super(RULE);
    }

    @Override
    public void check(String path, CheckContext context) {
        if (path.equals(".cursorrules")) { // Cursor reads it at the project root; copies elsewhere are collections
            context.report(RULE, path, 1, 1, ".cursorrules is Cursor's legacy rules file, to be deprecated",
                    "move its content to .cursor/rules/<topic>.mdc with 'alwaysApply: true', or to AGENTS.md");
        }
    }
}
