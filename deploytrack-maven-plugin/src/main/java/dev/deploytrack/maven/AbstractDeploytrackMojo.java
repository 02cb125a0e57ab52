package dev.deploytrack.maven;

import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFiles;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.report.TextReportRenderer;
import dev.deploytrack.source.IoProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that reports findings (validate, scan): the report files it writes, and how findings reach the build log,
 * compiler-style.
 */
abstract class AbstractDeploytrackMojo extends AbstractCheckMojo {

    /**
     * Report files to write into {@link #outputDirectory}: any of {@code text}, {@code json}, {@code sarif},
     * {@code junit}, {@code markdown}, comma-separated. Findings are always printed to the build log too.
     */
    @Parameter(property = "deploytrack.formats", defaultValue = "json,sarif")
    protected List<String> formats;

    /** The report formats, checked before any work starts: a typo fails at once, not after a full run. */
    protected List<ReportFormat> reportFormats() throws MojoFailureException {
        List<ReportFormat> parsed = new ArrayList<>();
        for (String entry : formats == null ? List.<String>of() : formats) {
            for (String name : entry.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                ReportFormat format = ReportFormat.parse(name.trim()).orElse(null);
                if (format == null) {
                    throw Failures.failure("unknown report format '" + name.trim()
                            + "' in -Ddeploytrack.formats (<formats>); use any of " + ReportFormat.names());
                }
                parsed.add(format);
            }
        }
        return parsed;
    }

    /** Prints findings compiler-style, writes the report files and the GitHub step summary. */
    protected void publish(Report found, List<ReportFormat> reportFormats, String command)
            throws MojoExecutionException {
        Report report = found.worded(MavenWording.INSTANCE);
        for (Finding finding : report.findings()) {
            String line = TextReportRenderer.formatWithHint(finding);
            switch (finding.severity()) {
                case ERROR -> log().error(line);
                case WARNING -> log().warn(line);
                case NOTE -> log().info(line);
            }
        }
        log().info("deploytrack " + command + ": " + report.summary().describe() + " in " + root());
        try {
            for (Path file : ReportFiles.writeAll(report, reportFormats, command, outputDirectory().toPath())) {
                log().info("Report written to " + file);
            }
            ReportFiles.appendStepSummary(report, command, System.getenv());
        } catch (IOException e) {
            throw Failures.error("cannot write the deploytrack report: " + IoProblems.describe(e), e);
        }
    }
}
