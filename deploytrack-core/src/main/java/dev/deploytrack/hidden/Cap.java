package dev.deploytrack.hidden;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * At most {@link #MAX_PER_FILE} findings of one rule in one file: a file with thousands of hidden characters needs
 * one look, not thousands of lines in the report. The last finding reported says how many more there are
 * ("... and 412 more in this file"). Findings are held until the file is done, so that the last one can say so.
 */
final class Cap {

    static final int MAX_PER_FILE = 20;

    private final Rule rule;
    private final String path;
    private final List<Pending> pending = new ArrayList<>();
    private int more;

    Cap(Rule rule, String path) {
        this.rule = rule;
        this.path = path;
    }

    private record Pending(Severity severity, int line, int column, String message, String hint) {
    }

    /** Whether the next finding will be reported; when not, it is only counted and its message need not be built. */
    boolean accepts() {
        if (pending.size() < MAX_PER_FILE) {
            return true;
        }
        more++;
        return false;
    }

    /** Holds a finding that {@link #accepts()} accepted. */
    void add(Severity severity, int line, int column, String message, String hint) {
        pending.add(new Pending(severity, line, column, message, hint));
    }

    /** Reports the findings held, the last saying how many were left out. */
    void report(CheckContext context) {
        for (int i = 0; i < pending.size(); i++) {
            Pending finding = pending.get(i);
            String message = finding.message() + (i == pending.size() - 1 && more > 0
                    ? " ... and " + more + " more in this file" : "");
            context.report(rule, finding.severity(), path, finding.line(), finding.column(), message,
                    finding.hint());
        }
    }
}
