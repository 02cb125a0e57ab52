package dev.deploytrack.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style lines, {@code path:line:col: severity: message [rule]}, each followed by an indented hint where
 * there is one, then the counts. Editors and CI log parsers link these lines to the file.
 */
public final class TextReportRenderer implements ReportRenderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            out.write(formatFinding(finding));
            out.write('\n');
            if (finding.hint() != null) {
                out.write("    hint: ");
                out.write(finding.hint());
                out.write('\n');
            }
        }
        out.write(report.summary().describe());
        out.write('\n');
    }

    /** One finding as a compiler-style line, without hint. */
    public static String formatFinding(Finding finding) {
        return finding.path() + ':' + finding.line() + ':' + finding.column() + ": " + finding.severity().label()
                + ": " + finding.message() + " [" + finding.ruleId() + ']';
    }
}
