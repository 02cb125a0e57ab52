package dev.deploytrack.maven;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFiles;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.report.TextReportRenderer;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every deploytrack goal shares: which directory to check, where its configuration and reports are, and how a
 * report reaches the build log. Goals only translate parameters into core calls, as Enforcer rules do.
 */
abstract class AbstractDeploytrackMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "deploytrack.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The root of the repository to check. Paths in findings are relative to it, and {@code deploytrack.yml} is read
     * from it.
     */
    @Parameter(property = "deploytrack.directory", defaultValue = "${project.basedir}", required = true)
    protected File directory;

    /** A configuration file to read instead of {@code deploytrack.yml} in {@link #directory}. */
    @Parameter(property = "deploytrack.config")
    protected File configFile;

    /** Where report files are written. */
    @Parameter(property = "deploytrack.outputDirectory", defaultValue = "${project.build.directory}/deploytrack",
            required = true)
    protected File outputDirectory;

    /**
     * Report files to write into {@link #outputDirectory}: any of {@code text}, {@code json}, {@code sarif},
     * {@code junit}, {@code markdown}, comma-separated. Findings are always printed to the build log too.
     */
    @Parameter(property = "deploytrack.formats", defaultValue = "json,sarif")
    protected List<String> formats;

    /** Loads {@code deploytrack.yml}; configuration mistakes fail the build with their file and line. */
    protected DeploytrackConfig loadConfig() throws MojoFailureException {
        try {
            return ConfigLoader.load(directory.toPath(), configFile == null ? null : configFile.toPath());
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                getLog().error(problem.toString());
            }
            throw new MojoFailureException("deploytrack configuration is invalid: " + e.problems().size()
                    + " problem(s), listed above");
        }
    }

    protected List<ReportFormat> reportFormats() throws MojoExecutionException {
        List<ReportFormat> parsed = new ArrayList<>();
        for (String entry : formats) {
            for (String name : entry.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                parsed.add(ReportFormat.parse(name).orElseThrow(() -> new MojoExecutionException(
                        "unknown report format '" + name.trim() + "' in <formats>; use " + ReportFormat.names())));
            }
        }
        return parsed;
    }

    /** Prints findings compiler-style, writes the report files and the GitHub step summary. */
    protected void publish(Report report, String command) throws MojoExecutionException {
        for (Finding finding : report.findings()) {
            String line = TextReportRenderer.formatFinding(finding)
                    + (finding.hint() == null ? "" : System.lineSeparator() + "    hint: " + finding.hint());
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case NOTE -> getLog().info(line);
            }
        }
        getLog().info("deploytrack " + command + ": " + report.summary().describe());
        try {
            for (Path file : ReportFiles.writeAll(report, reportFormats(), command, outputDirectory.toPath())) {
                getLog().info("Report written to " + file);
            }
            ReportFiles.appendStepSummary(report, command, System.getenv());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the deploytrack report: " + e.getMessage(), e);
        }
    }
}
