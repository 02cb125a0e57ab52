package dev.deploytrack.maven;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.source.IoProblems;
import dev.deploytrack.validate.Validator;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the agent configuration of the repository: Agent Skills against the specification, agent definitions, MCP
 * server configurations, deploytrack's YAML, required Markdown sections, token budgets, and secrets in every file.
 * Errors fail the build. In a multi-module build it runs once, for the whole repository.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractDeploytrackMojo {

    /** Fails the build when errors are found. When false, findings are reported and the build goes on. */
    @Parameter(property = "deploytrack.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Fails the build on warnings too (when {@link #failOnViolation} is on). Unset: {@code fail-on-warning} from
     * {@code deploytrack.yml}, default false.
     */
    @Parameter(property = "deploytrack.failOnWarning")
    private Boolean failOnWarning;

    /**
     * Reports deploytrack's policy rules, where the specification is silent, as errors. Unset: {@code strict} from
     * {@code deploytrack.yml}, default false.
     */
    @Parameter(property = "deploytrack.strict")
    private Boolean strict;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("validate")) {
            return;
        }
        List<ReportFormat> reportFormats = reportFormats();
        if (!firstForRepository("validate")) {
            return;
        }
        DeploytrackConfig config = loadConfig();
        if (strict != null) {
            config = config.withStrict(strict);
        }
        if (failOnWarning != null) {
            config = config.withFailOnWarning(failOnWarning);
        }
        Report report;
        try {
            report = new Validator(config).validate(root());
        } catch (IOException e) {
            throw Failures.error("cannot read " + root() + ": " + IoProblems.describe(e), e);
        }
        publish(report, reportFormats, "validate");
        if (failOnViolation && config.fails(report)) {
            Report.Summary summary = report.summary();
            throw Failures.failure("deploytrack validate found " + summary.errors() + " error(s) and "
                    + summary.warnings() + " warning(s); see the findings above");
        }
    }
}
