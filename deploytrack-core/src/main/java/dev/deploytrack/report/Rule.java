package dev.deploytrack.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A check deploytrack can report, with the metadata every report format shows (SARIF rule descriptors, the rules
 * documentation). Rules are values: each feature package declares its own as constants.
 *
 * @param id              stable identifier users write in {@code deploytrack.yml} to switch a rule off or change
 *                        its severity, e.g. {@code skill-name-directory}
 * @param title           one line, shown as SARIF short description
 * @param description     what the rule checks and why, shown as SARIF full description and help
 * @param defaultSeverity severity when neither strict mode nor configuration changes it
 * @param strictError     true for rules that express a deploytrack policy where the specification is silent: these
 *                        report at their default severity normally and as errors in strict mode
 * @param fixable         which fixes the rule offers for its findings ({@code validate --fix}), or {@code null} when
 *                        it offers none
 */
public record Rule(String id, String title, String description, Severity defaultSeverity, boolean strictError,
                   Fixable fixable) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be lower-case words joined by '-': " + id);
        }
    }

    /** A rule whose severity does not depend on strict mode. */
    public static Rule of(String id, Severity severity, String title, String description) {
        return new Rule(id, title, description, severity, false, null);
    }

    /** A policy rule: {@code severity} by default, an error in strict mode. */
    public static Rule policy(String id, Severity severity, String title, String description) {
        return new Rule(id, title, description, severity, true, null);
    }

    /**
     * This rule, declaring the fixes it offers: the rule's class (or check) offers a fix with each finding it can
     * repair, and docs/rules.md marks the rule with {@link Fixable#label()}.
     */
    public Rule fixable(Fixable fixes) {
        return new Rule(id, title, description, defaultSeverity, strictError, Objects.requireNonNull(fixes));
    }
}
