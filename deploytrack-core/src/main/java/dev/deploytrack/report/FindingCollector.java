package dev.deploytrack.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where checks put what they find. Applies the {@link RulePolicy} so that no check needs to know about strict mode
 * or switched-off rules, and records which files were checked (the JUnit report has a test case per file).
 * Not thread-safe: one collector per run, or synchronize externally.
 */
public final class FindingCollector {

    private final RulePolicy policy;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> checkedFiles = new TreeSet<>();

    public FindingCollector(RulePolicy policy) {
        this.policy = policy;
    }

    public RulePolicy policy() {
        return policy;
    }

    /**
     * Adds a finding at the severity the policy gives it (configuration, then strict mode, then the severity the
     * check found it at); drops it if the rule is switched off.
     */
    public void add(Finding finding) {
        Optional<Severity> severity = policy.severityOf(finding.rule(), finding.severity());
        severity.ifPresent(s -> findings.add(finding.withSeverity(s)));
    }

    public void add(Rule rule, String path, int line, int column, String message) {
        add(Finding.of(rule, path, line, column, message));
    }

    public void add(Rule rule, String path, int line, int column, String message, String hint) {
        add(Finding.of(rule, path, line, column, message).withHint(hint));
    }

    /** Records that {@code path} was checked, whether or not anything was found in it. */
    public void checked(String path) {
        checkedFiles.add(path);
    }

    /** Takes over what another collector of the same run gathered (a check that ran on its own thread). */
    public void absorb(FindingCollector other) {
        findings.addAll(other.findings);
        checkedFiles.addAll(other.checkedFiles);
    }

    public Report toReport() {
        return new Report(findings, checkedFiles);
    }
}
