package dev.deploytrack.fix;

import dev.deploytrack.report.Rule;
import java.util.List;
import java.util.Objects;

/**
 * The repair a rule offers for one of its findings: edits to the text the rule read, or (unsafe only) renaming the
 * file's directory or the file. A fix is computed only when {@code validate --fix} asks for fixes
 * ({@link dev.deploytrack.check.CheckContext#fixing()}), so that a plain run (the pre-commit hook) never builds one.
 *
 * @param rule        the rule whose finding this repairs
 * @param path        the file, relative to the repository root
 * @param line        the finding's line
 * @param safe        whether the fix is certain ({@code --fix}) or needs {@code --fix-unsafe}
 * @param description what the fix does, in a few words ("quote the value of 'description'")
 * @param original    the decoded text the edits apply to; a file whose text differs now is not touched
 * @param edits       the edits, non-overlapping
 * @param rename      a rename instead of edits, or {@code null}
 */
public record Fix(Rule rule, String path, int line, boolean safe, String description, String original,
                  List<TextEdit> edits, Rename rename) {

    public Fix {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (rename == null && (original == null || edits.isEmpty())) {
            throw new IllegalArgumentException("a fix edits its text or renames");
        }
        if (rule.fixable() == null || !rule.fixable().allows(safe)) {
            throw new IllegalStateException("rule " + rule.id() + " does not declare " + (safe ? "safe" : "unsafe")
                    + " fixes (Rule.fixable)");
        }
    }

    /** A fix that edits the text {@code original} of {@code path}. */
    public static Fix edit(Rule rule, String path, int line, boolean safe, String description, String original,
                           List<TextEdit> edits) {
        return new Fix(rule, path, line, safe, description, original, edits, null);
    }

    /** An unsafe fix that renames a file or directory ({@code from} to {@code to}, both repository paths). */
    public static Fix rename(Rule rule, String path, int line, String description, String from, String to) {
        return new Fix(rule, path, line, false, description, null, List.of(), new Rename(from, to));
    }

    /** Renaming a file or a directory, both relative to the repository root. */
    public record Rename(String from, String to) {
    }
}
