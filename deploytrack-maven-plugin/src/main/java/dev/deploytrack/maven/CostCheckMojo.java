package dev.deploytrack.maven;

import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.cost.CostReport;
import dev.deploytrack.cost.CostReportWriter;
import dev.deploytrack.cost.Projection;
import dev.deploytrack.cost.UnknownEnvironmentException;
import dev.deploytrack.source.IoProblems;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
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
 * In a multi-module build it runs once, for the whole repository.
 */
@Mojo(name = "cost-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CostCheckMojo extends AbstractCheckMojo {

    /**
     * Checks only this environment (the name of a directory under {@code environments/}), e.g.
     * {@code -Ddeploytrack.env=production} in the production deployment stage. Unset: every environment.
     */
    @Parameter(property = "deploytrack.env", alias = "env")
    private String environment;

    /** Fails the build when a projection reaches 100% of a limit. When false, the verdict is only reported. */
    @Parameter(property = "deploytrack.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("cost-check") || !firstForRepository("cost-check" + (environment == null ? ""
                : " " + environment))) {
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
            throw Failures.failure("deploytrack cost-check failed: " + String.join("; ", reasons));
        }
    }

    private CostReport check() throws MojoExecutionException, MojoFailureException {
        Path root = root();
        try {
            return new CostCheck(loadConfig(), Vocabularies.shared(), LocalDate.now()).run(root, environment);
        } catch (ConfigException e) {
            throw configurationFailure(e, "deploytrack cost-check inputs are invalid");
        } catch (UnknownEnvironmentException e) {
            throw Failures.failure(e.problem().in(MavenWording.INSTANCE));
        } catch (IOException e) {
            throw Failures.error("cannot read " + root + ": " + IoProblems.describe(e), e);
        }
    }

    /** Logs the report once, each verdict at its level, and writes the report files and the step summary. */
    private void publish(CostReport report) throws MojoExecutionException {
        for (CostReportWriter.TextLine line : CostReportWriter.textLines(report)) {
            if (line.level() == null) {
                log().info(line.text());
                continue;
            }
            switch (line.level()) {
                case FAILED -> log().error(line.logged());
                case WARNING -> log().warn(line.logged());
                case OK -> log().info(line.logged());
            }
        }
        try {
            for (Path file : CostReportWriter.writeAll(report, outputDirectory().toPath(), System.getenv())) {
                log().info("Report written to " + file);
            }
        } catch (IOException e) {
            throw Failures.error("cannot write the cost report: " + IoProblems.describe(e), e);
        }
    }
}
