package dev.deploytrack.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A short Markdown summary for pull-request reviews and {@code $GITHUB_STEP_SUMMARY}: the verdict, the counts and a
 * table of findings, capped so a huge report cannot exceed the step summary's size limit.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    static final int MAX_ROWS = 200;

    private final String command;

    public MarkdownReportRenderer(String command) {
        this.command = command;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Report.Summary summary = report.summary();
        String verdict = report.hasErrors() ? "failed" : "passed";
        out.write("### deploytrack " + command + ": " + verdict + "\n\n");
        out.write(summary.describe() + ".\n\n");
        if (report.findings().isEmpty()) {
            return;
        }
        out.write("| Location | Severity | Rule | Message |\n");
        out.write("| --- | --- | --- | --- |\n");
        int rows = 0;
        for (Finding finding : report.findings()) {
            if (rows++ == MAX_ROWS) {
                out.write("\n" + (report.findings().size() - MAX_ROWS)
                        + " more findings are in the full report.\n");
                break;
            }
            out.write("| `" + code(finding.path()) + ":" + finding.line() + "` | " + finding.severity().label()
                    + " | `" + finding.ruleId() + "` | " + cell(finding.message()) + " |\n");
        }
        out.write('\n');
    }

    /** Running text in a table cell: see {@link MarkdownText#text}. */
    static String cell(String text) {
        return MarkdownText.text(text);
    }

    /** Text inside a code span in a table cell (a path): one line, no pipe or backtick; entities would show as such. */
    static String code(String text) {
        return PrintedText.escapeControls(text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")
                .replace('\n', ' ').replace('\r', ' '));
    }
}
