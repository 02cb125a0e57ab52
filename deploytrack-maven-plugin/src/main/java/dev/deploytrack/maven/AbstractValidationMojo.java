package dev.deploytrack.maven;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What validate and fix share: strict mode, whether warnings fail, and failing the build on what is found. */
abstract class AbstractValidationMojo extends AbstractDeploytrackMojo {

    /** Fails the build when errors are found. When false, findings are reported and the build goes on. */
    @Parameter(property = "deploytrack.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /**
     * Fails the build on warnings too (when {@link #failOnViolation} is on). Unset: {@code fail-on-warning} from
     * {@code deploytrack.yml}, default false.
     */
    @Parameter(property = "deploytrack.failOnWarning")
    protected Boolean failOnWarning;

    /**
     * Reports deploytrack's policy rules, where the specification is silent, as errors. Unset: {@code strict} from
     * {@code deploytrack.yml}, default false.
     */
    @Parameter(property = "deploytrack.strict")
    protected Boolean strict;

    /** {@code deploytrack.yml} with this goal's strict and fail-on-warning parameters applied. */
    protected DeploytrackConfig validationConfig() throws MojoFailureException {
        DeploytrackConfig config = loadConfig();
        if (strict != null) {
            config = config.withStrict(strict);
        }
        if (failOnWarning != null) {
            config = config.withFailOnWarning(failOnWarning);
        }
        return config;
    }

    /** Fails the build when the report fails the configuration and {@link #failOnViolation} is on. */
    protected void failOnViolations(String goal, DeploytrackConfig config, Report report) throws MojoFailureException {
        if (failOnViolation && config.fails(report)) {
            Report.Summary summary = report.summary();
            throw Failures.failure("deploytrack " + goal + " found " + summary.errors() + " error(s) and "
                    + summary.warnings() + " warning(s); see the findings above");
        }
    }
}
