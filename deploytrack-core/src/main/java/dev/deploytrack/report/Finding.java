package dev.deploytrack.report;

import dev.deploytrack.secrets.SecretRedaction;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Wording;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one file.
 *
 * @param path        path relative to the repository root, with {@code /} separators
 * @param line        1-based line
 * @param column      1-based column in UTF-16 code units (SARIF's default column kind)
 * @param rule        the rule that found it
 * @param severity    the severity after strict mode and configuration were applied
 * @param message     what is wrong, in one sentence a person can act on
 * @param hint        how to fix it, or {@code null}
 * @param fingerprint a stable identity across commits (e.g. a salted hash of a secret), or {@code null}
 * @param remedy      the hint as a message that names settings, which each front door words ({@link #worded}), or
 *                    {@code null} when the hint names none
 */
public record Finding(String path, int line, int column, Rule rule, Severity severity, String message, String hint,
                      String fingerprint, Message remedy) {

    /** The order of every report: by path, then position, then rule. */
    public static final Comparator<Finding> REPORT_ORDER = new ReportOrder();

    /**
     * Written out rather than chained from {@code Comparator.comparing}: every report is sorted, and the chain's
     * lambdas cost a fresh JVM (the pre-commit hook) a few milliseconds to link.
     */
    private static final class ReportOrder implements Comparator<Finding> {

        @Override
        public int compare(Finding a, Finding b) {
            int order = a.path.compareTo(b.path);
            if (order == 0) {
                order = Integer.compare(a.line, b.line);
            }
            if (order == 0) {
                order = Integer.compare(a.column, b.column);
            }
            if (order == 0) {
                order = a.rule.id().compareTo(b.rule.id());
            }
            return order != 0 ? order : a.message.compareTo(b.message);
        }
    }

    public Finding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        // A message or hint may quote the file (a name, a value, the line to write instead): never a secret in it.
        message = SecretRedaction.redact(message);
        hint = SecretRedaction.redact(hint);
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** A finding at the rule's default severity; the {@link FindingCollector} settles the final severity. */
    public static Finding of(Rule rule, String path, int line, int column, String message) {
        return new Finding(path, line, column, rule, rule.defaultSeverity(), message, null, null, null);
    }

    public Finding withHint(String newHint) {
        return new Finding(path, line, column, rule, severity, message, newHint, fingerprint, null);
    }

    /** A hint that names settings: {@link #hint()} is its neutral text until a front door words it. */
    public Finding withHint(Message newHint) {
        return new Finding(path, line, column, rule, severity, message, newHint.toString(), fingerprint, newHint);
    }

    /** This finding with its hint in a front door's words. */
    public Finding worded(Wording wording) {
        return remedy == null ? this
                : new Finding(path, line, column, rule, severity, message, remedy.in(wording), fingerprint, remedy);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(path, line, column, rule, severity, message, hint, newFingerprint, remedy);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(path, line, column, rule, newSeverity, message, hint, fingerprint, remedy);
    }

    public String ruleId() {
        return rule.id();
    }
}
