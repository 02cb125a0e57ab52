package dev.deploytrack.maven;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.fix.Fix;
import dev.deploytrack.fix.Fixer;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.source.IoProblems;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.wording.Message;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the fixes of what {@code deploytrack:validate} finds, as {@code spotless:apply} beside
 * {@code spotless:check}: the certain ones (quoting a value strict YAML misreads, closing frontmatter, allowed-tools
 * as a string, a skill's name, booleans, trailing commas in JSON...), each file written atomically with every byte
 * the fix does not name kept, then checks again and reports what is left. Not bound to a phase: run it by hand
 * ({@code mvn deploytrack:fix}). In a multi-module build it runs once, for the whole repository.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractValidationMojo {

    /** Applies the unsafe fixes too: they may change what a file means, or rename a skill's directory. */
    @Parameter(property = "deploytrack.fixUnsafe", defaultValue = "false")
    private boolean fixUnsafe;

    /** Logs the fixes as a unified diff and writes nothing. */
    @Parameter(property = "deploytrack.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("fix")) {
            return;
        }
        List<ReportFormat> reportFormats = reportFormats();
        if (!firstForRepository("fix")) {
            return;
        }
        DeploytrackConfig config = validationConfig();
        Fixer fixer = new Fixer(config, fixUnsafe);
        Report left;
        List<Fixer.Refusal> refused;
        Fixer.Plan plan;
        try {
            plan = fixer.plan(root());
            if (dryRun) {
                for (Fixer.Change change : plan.changes()) {
                    change.diff().lines().forEach(line -> log().info(line));
                }
                for (Fix rename : plan.renames()) {
                    log().info("rename from " + rename.rename().from());
                    log().info("rename to " + rename.rename().to());
                }
                log().info("deploytrack fix: dry run, " + plan.applied().size() + " fix(es) in "
                        + (plan.changes().size() + plan.renames().size()) + " file(s) would be applied; nothing "
                        + "was written");
                refused = plan.refused();
                left = plan.remaining();
            } else {
                Fixer.Outcome outcome = fixer.apply(plan);
                Set<String> written = new HashSet<>(outcome.written());
                for (Fix fix : plan.applied()) {
                    if (written.contains(fix.path())) {
                        log().info("Fixed " + fix.path() + ":" + fix.line() + ": " + fix.description() + " ["
                                + fix.rule().id() + "]");
                    }
                }
                for (Fix rename : outcome.renamed()) {
                    log().info("Fixed " + rename.path() + ": " + rename.description() + " [" + rename.rule().id()
                            + "]");
                }
                refused = outcome.refused();
                left = new Validator(config).validate(root());
            }
        } catch (IOException e) {
            throw Failures.error("cannot fix " + root() + ": " + IoProblems.describe(e), e);
        }
        for (Fixer.Refusal refusal : refused) {
            log().warn("Not fixed: " + refusal.path() + ": " + refusal.reason());
        }
        Message remedy = plan.unsafeRemedy();
        if (remedy != null && !fixUnsafe) {
            log().info(remedy.in(MavenWording.INSTANCE));
        }
        publish(left, reportFormats, "fix");
        failOnViolations("fix", config, left);
        if (failOnViolation && !refused.isEmpty()) {
            throw Failures.failure("deploytrack fix could not fix " + refused.size() + " file(s); see the "
                    + "warnings above");
        }
    }
}
