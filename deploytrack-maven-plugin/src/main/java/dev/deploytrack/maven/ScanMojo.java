package dev.deploytrack.maven;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.secrets.Baseline;
import dev.deploytrack.secrets.BaselineException;
import dev.deploytrack.secrets.SecretScan;
import dev.deploytrack.source.IoProblems;
import dev.deploytrack.workspace.DirectoryWorkspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans every file of the repository for committed secrets: provider API keys and tokens, private keys, JWTs,
 * passwords in URLs and commands, literal values of secret-named keys. Secrets are never logged in full. Findings
 * accepted in the baseline are not reported; any other finding fails the build. In a multi-module build it runs
 * once, for the whole repository.
 */
@Mojo(name = "scan", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ScanMojo extends AbstractDeploytrackMojo {

    /** Fails the build when secrets are found. When false, findings are reported and the build goes on. */
    @Parameter(property = "deploytrack.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The baseline of accepted secrets; a file given here must exist (unless it is being written). Unset:
     * {@code secrets.baseline} from {@code deploytrack.yml}, default {@code .deploytrack-secrets-baseline.json} in
     * the repository's root.
     */
    @Parameter(property = "deploytrack.baseline")
    File baseline;

    /**
     * Instead of failing on the secrets found, accepts them all into the baseline (creating or updating it). Use
     * once when adopting deploytrack on a repository with known, revoked or fake secrets.
     */
    @Parameter(property = "deploytrack.writeBaseline", defaultValue = "false")
    private boolean writeBaseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("scan")) {
            return;
        }
        List<ReportFormat> reportFormats = reportFormats();
        if (!firstForRepository("scan")) {
            return;
        }
        DeploytrackConfig config = loadConfig();
        Path root = root();
        Path baselineFile = baseline == null ? null : baseline.toPath();
        int threads = Runtime.getRuntime().availableProcessors();
        Report report;
        try {
            Baseline accepted = SecretScan.loadBaseline(root, config.secrets(), baselineFile, writeBaseline);
            DirectoryWorkspace workspace = DirectoryWorkspace.scan(root, config.excludes(), config.maxDepth());
            if (writeBaseline) {
                Path file = baselineFile != null ? baselineFile : root.resolve(config.secrets().baseline());
                int count = SecretScan.writeBaseline(workspace, config.secrets(), accepted, file, threads);
                log().info("deploytrack scan: baseline written to " + file + ", " + count
                        + " secret(s) accepted (salted hashes only)");
                return;
            }
            report = new SecretScan(config.secrets(), accepted, threads).run(workspace, config.rulePolicy());
        } catch (BaselineException e) {
            log().error(e.describe(MavenWording.INSTANCE));
            throw Failures.failure("the deploytrack secrets baseline cannot be used; correct "
                    + "-Ddeploytrack.baseline, or (re)generate it with mvn deploytrack:scan -Ddeploytrack.writeBaseline");
        } catch (IOException e) {
            throw Failures.error("cannot read " + root + ": " + IoProblems.describe(e), e);
        }
        publish(report, reportFormats, "scan");
        if (failOnViolation && config.fails(report)) {
            throw Failures.failure("deploytrack scan found " + report.summary().errors()
                    + " secret(s); see the findings above (secrets are shown redacted)");
        }
    }
}
