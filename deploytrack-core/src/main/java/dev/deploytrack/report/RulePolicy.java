package dev.deploytrack.report;

import java.util.Map;
import java.util.Optional;

/**
 * Decides the severity each rule reports at: its default, raised to error in strict mode for policy rules, and
 * finally whatever the configuration says ({@code rules: {id: off|note|warning|error}}), which always wins.
 */
public final class RulePolicy {

    private static final RulePolicy DEFAULT = new RulePolicy(false, Map.of());

    private final boolean strict;
    private final Map<String, Optional<Severity>> overrides;

    /**
     * @param strict    whether policy rules report as errors
     * @param overrides rule id to configured severity; an empty optional switches the rule off
     */
    public RulePolicy(boolean strict, Map<String, Optional<Severity>> overrides) {
        this.strict = strict;
        this.overrides = Map.copyOf(overrides);
    }

    public static RulePolicy defaults() {
        return DEFAULT;
    }

    public boolean strict() {
        return strict;
    }

    /** The severity {@code rule} reports at, or empty when it is switched off. */
    public Optional<Severity> severityOf(Rule rule) {
        return severityOf(rule, rule.defaultSeverity());
    }

    /**
     * The severity of a finding of {@code rule} that its check gave {@code found} (a rule's default, or the
     * severity it documents for the case, e.g. an unknown hook event: an error when it is a typo of a known one).
     */
    public Optional<Severity> severityOf(Rule rule, Severity found) {
        Optional<Severity> configured = overrides.get(rule.id());
        if (configured != null) {
            return configured;
        }
        if (strict && rule.strictError()) {
            return Optional.of(Severity.ERROR);
        }
        return Optional.of(found);
    }

    public boolean isEnabled(Rule rule) {
        return severityOf(rule).isPresent();
    }
}
