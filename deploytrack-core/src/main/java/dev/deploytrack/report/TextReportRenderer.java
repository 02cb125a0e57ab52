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
            out.write(formatWithHint(finding));
            out.write('\n');
        }
        out.write(report.summary().describe());
        out.write('\n');
    }

    /** One finding as a compiler-style line, followed by its indented hint on the next line when it has one. */
    public static String formatWithHint(Finding finding) {
        String line = formatFinding(finding);
        return finding.hint() == null ? line : line + "\n    hint: " + PrintedText.escapeControls(finding.hint());
    }

    /**
     * One finding as a compiler-style line, without hint. Path and message are one line whatever they hold: a file
     * name with a line break cannot start a line of its own (and forge a CI annotation).
     */
    public static String formatFinding(Finding finding) {
        return PrintedText.escapeControls(finding.path()) + ':' + finding.line() + ':' + finding.column() + ": "
                + finding.severity().label() + ": " + PrintedText.escapeControls(finding.message()) + " ["
                + finding.ruleId() + ']';
    }
}
