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

/**
 * Checks the agent configuration of the repository: Agent Skills against the specification, agent definitions, MCP
 * server configurations, deploytrack's YAML, required Markdown sections, token budgets, and secrets in every file.
 * Errors fail the build. In a multi-module build it runs once, for the whole repository. {@code deploytrack:fix}
 * applies the fixes of what it finds.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractValidationMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("validate")) {
            return;
        }
        List<ReportFormat> reportFormats = reportFormats();
        if (!firstForRepository("validate")) {
            return;
        }
        DeploytrackConfig config = validationConfig();
        Report report;
        try {
            report = new Validator(config).validate(root());
        } catch (IOException e) {
            throw Failures.error("cannot read " + root() + ": " + IoProblems.describe(e), e);
        }
        publish(report, reportFormats, "validate");
        failOnViolations("validate", config, report);
    }
}
