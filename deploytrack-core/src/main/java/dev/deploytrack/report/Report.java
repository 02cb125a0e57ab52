package dev.deploytrack.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The outcome of one run: findings in report order and the files that were checked. Immutable. */
public final class Report {

    private final List<Finding> findings;
    private final List<String> checkedFiles;
    private final Summary summary;

    public Report(Collection<Finding> findings, Collection<String> checkedFiles) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.REPORT_ORDER);
        this.findings = List.copyOf(sorted);
        Set<String> files = new TreeSet<>(checkedFiles);
        for (Finding finding : sorted) {
            files.add(finding.path());
        }
        this.checkedFiles = List.copyOf(files);
        this.summary = Summary.of(this.findings, this.checkedFiles.size());
    }

    public static Report empty() {
        return new Report(List.of(), List.of());
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<String> checkedFiles() {
        return checkedFiles;
    }

    public Summary summary() {
        return summary;
    }

    public boolean hasErrors() {
        return summary.errors() > 0;
    }

    public boolean hasWarnings() {
        return summary.warnings() > 0;
    }

    /** The distinct rules that reported, in order of first appearance (SARIF lists exactly these). */
    public List<Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Finding finding : findings) {
            rules.putIfAbsent(finding.ruleId(), finding.rule());
        }
        return List.copyOf(rules.values());
    }

    /** This report with the hints that name settings in a front door's words. */
    public Report worded(dev.deploytrack.wording.Wording wording) {
        List<Finding> worded = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            worded.add(finding.worded(wording));
        }
        return new Report(worded, checkedFiles);
    }

    /** This report and {@code other} as one, e.g. the validation report and the secret scan of the same tree. */
    public Report merge(Report other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        List<String> files = new ArrayList<>(checkedFiles);
        files.addAll(other.checkedFiles);
        return new Report(all, files);
    }

    /** Counts by severity, and how many files were checked. */
    public record Summary(int errors, int warnings, int notes, int files) {

        static Summary of(List<Finding> findings, int files) {
            int errors = 0;
            int warnings = 0;
            int notes = 0;
            for (Finding finding : findings) {
                switch (finding.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case NOTE -> notes++;
                }
            }
            return new Summary(errors, warnings, notes, files);
        }

        public int total() {
            return errors + warnings + notes;
        }

        /** E.g. {@code 2 errors, 1 warning, 0 notes in 14 files}. */
        public String describe() {
            return describeFindings() + " in " + plural(files, "file");
        }

        /** {@code 1 error, 2 warnings, 0 notes}. */
        public String describeFindings() {
            return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(notes, "note");
        }

        private static String plural(int count, String word) {
            return count + " " + word + (count == 1 ? "" : "s");
        }
    }
}
