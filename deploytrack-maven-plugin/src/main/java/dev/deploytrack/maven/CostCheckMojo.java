package dev.deploytrack.maven;

import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.cost.CostReport;
import dev.deploytrack.cost.CostReportWriter;
import dev.deploytrack.cost.Projection;
import dev.deploytrack.cost.UnknownEnvironmentException;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The cost stage gate: projects the daily and monthly spend of every environment ({@code environments/NAME/}) from
 * the repository's always-loaded context, triggered skills, the workload model ({@code cost:} in deploytrack.yml),
 * model overrides and prices, and compares it with the environment's {@code budget-limits.yaml}. 70% and 90% of a
 * limit warn; 100% fails the build with the numbers that caused it. Writes {@code deploytrack-cost-check.txt},
 * {@code .json} and {@code .md} to the output directory and appends the Markdown to {@code $GITHUB_STEP_SUMMARY}.
 */
@Mojo(name = "cost-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CostCheckMojo extends AbstractRepositoryMojo {

    /**
     * Checks only this environment (the name of a directory under {@code environments/}), e.g.
     * {@code -Ddeploytrack.env=production} in the production deployment stage. Unset: every environment.
     */
    @Parameter(property = "deploytrack.env")
    private String env;

    /** Fails the build when a projection reaches 100% of a limit. When false, the verdict is only reported. */
    @Parameter(property = "deploytrack.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("cost-check")) {
            return;
        }
        CostReport report = check();
        publish(report);
        if (failOnViolation && report.failed()) {
            List<String> reasons = new ArrayList<>();
            for (Projection projection : report.projections()) {
                for (Projection.LimitCheck check : projection.checks()) {
                    if (check.level() == Projection.Level.FAILED) {
                        reasons.add(projection.environment() + ": " + check.describe());
                    }
                }
            }
            throw new MojoFailureException("deploytrack cost-check failed: " + String.join("; ", reasons));
        }
    }

    private CostReport check() throws MojoExecutionException, MojoFailureException {
        Path root = directory.toPath();
        try {
            return new CostCheck(loadConfig(), Vocabularies.shared(), LocalDate.now()).run(root, env);
        } catch (ConfigException e) {
            throw configurationFailure(e, "deploytrack cost-check inputs are invalid");
        } catch (UnknownEnvironmentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Logs the report (verdicts as errors and warnings), writes the report files and the step summary. */
    private void publish(CostReport report) throws MojoExecutionException {
        try {
            StringWriter text = new StringWriter();
            CostReportWriter.write(report, ReportFormat.TEXT, text);
            text.toString().lines().forEach(line -> log().info(line));
            for (Projection projection : report.projections()) {
                List<String> lines = CostReportWriter.verdictLines(projection);
                for (int i = 0; i < lines.size(); i++) {
                    Projection.Level level = projection.checks().isEmpty() ? Projection.Level.OK
                            : projection.checks().get(i).level();
                    switch (level) {
                        case FAILED -> log().error(lines.get(i));
                        case WARNING -> log().warn(lines.get(i));
                        case OK -> log().info(lines.get(i));
                    }
                }
            }
            report.warnings().forEach(warning -> log().warn(warning));
            for (Path file : CostReportWriter.writeAll(report, outputDirectory.toPath(), System.getenv())) {
                log().info("Report written to " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the cost report: " + e.getMessage(), e);
        }
    }
}
