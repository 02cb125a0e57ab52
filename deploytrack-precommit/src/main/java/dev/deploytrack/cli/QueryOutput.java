package dev.deploytrack.cli;

import dev.deploytrack.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the reports of the registry's newer commands go ({@code drift}, {@code request}, {@code checklist},
 * {@code history}): standard output, or with {@code --output FILE} a file (standard output then gets one line), and
 * their Markdown appended to {@code $GITHUB_STEP_SUMMARY} when it is set.
 */
final class QueryOutput {

    private QueryOutput() {
    }

    /**
     * @param report   the report in the format asked for
     * @param line     what standard output says when the report goes to a file
     * @param markdown the report as Markdown, for the GitHub step summary
     */
    static void emit(Arguments arguments, Console console, String report, String line, String markdown)
            throws UsageException {
        String output = arguments.value("--output");
        try {
            if (output == null) {
                console.out().print(report);
            } else {
                Path file = console.resolve(output);
                ReportFiles.writeAtomically(file, out -> out.write(report));
                console.out().println(line + "; report written to " + output);
            }
            ReportFiles.appendStepSummary(console.environment(), out -> out.write(markdown));
        } catch (IOException e) {
            throw new UsageException("cannot write the report: " + e.getMessage());
        }
    }
}
