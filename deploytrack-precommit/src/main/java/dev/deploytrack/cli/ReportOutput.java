package dev.deploytrack.cli;

import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFiles;
import dev.deploytrack.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@code --format} and {@code --output} options every reporting command shares: the report goes to standard
 * output or to a file, and a Markdown summary is appended to {@code $GITHUB_STEP_SUMMARY} when it is set.
 */
final class ReportOutput {

    static final String OPTIONS_HELP = """
              --format FORMAT     text (default), json, sarif, junit, markdown or codequality (GitLab)
              --output FILE       write the report to FILE instead of standard output
            """;

    private final ReportFormat format;
    private final Path output;

    private ReportOutput(ReportFormat format, Path output) {
        this.format = format;
        this.output = output;
    }

    static ReportOutput from(Arguments arguments, Console console) throws UsageException {
        String formatName = arguments.value("--format", "text");
        ReportFormat format = ReportFormat.parse(formatName).orElseThrow(() -> new UsageException(
                "unknown format '" + formatName + "'; use one of " + ReportFormat.names()));
        String output = arguments.value("--output");
        return new ReportOutput(format, output == null ? null : console.resolve(output));
    }

    /** Prints or writes the report; with {@code --output}, standard output still gets the one-line summary. */
    void emit(Report found, String command, Console console) throws IOException {
        Report report = found.worded(CommandLineWording.INSTANCE);
        if (output == null) {
            Writer out = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
            format.renderer(command).render(report, out);
            out.flush();
        } else {
            ReportFiles.write(report, format, command, output);
            console.out().println(report.summary().describe() + "; " + format.id() + " report written to " + output);
        }
        ReportFiles.appendStepSummary(report, command, console.environment());
    }
}
