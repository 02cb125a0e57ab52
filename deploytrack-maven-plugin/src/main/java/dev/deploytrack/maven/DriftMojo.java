package dev.deploytrack.maven;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.drift.DriftCheck;
import dev.deploytrack.drift.DriftException;
import dev.deploytrack.drift.DriftFeature;
import dev.deploytrack.drift.DriftReport;
import dev.deploytrack.drift.DriftReportWriter;
import dev.deploytrack.drift.Durations;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.drift.ProjectScope;
import dev.deploytrack.drift.PullRequestDrift;
import dev.deploytrack.drift.PullRequestReportWriter;
import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryMigration;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Agents changed in git but not deployed: for each environment and each agent of the project, whether the agent's
 * files changed between the commit deployed there and the target (the branch's head, or the application's last
 * deployment), and for how long. Fails the build when an agent is behind past its environment's limit
 * ({@code drift.max-age} in deploytrack.yml, one hour for production by default). With {@link #base} and
 * {@link #head}: the agents a pull request changes and the environments each needs after the merge. Writes
 * {@code deploytrack-drift.txt}, {@code .json} and {@code .md} to the output directory and appends the Markdown to
 * {@code $GITHUB_STEP_SUMMARY}. Needs the repository's whole git history. Runs once per repository.
 */
@Mojo(name = "drift", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class DriftMojo extends AbstractCheckMojo {

    /** The environments to check, comma-separated, e.g. {@code -Ddeploytrack.env=production}. Unset: all. */
    @Parameter(property = "deploytrack.env")
    private List<String> environments;

    /**
     * How long an agent may be behind before the build fails, for every environment checked: {@code 0} (any drift
     * fails), {@code 30m}, {@code 1h}, {@code 2d}, {@code 1w}. Unset: deploytrack.yml.
     */
    @Parameter(property = "deploytrack.maxAge")
    private String maxAge;

    /** The commit to compare with. Unset: {@code HEAD}. */
    @Parameter(property = "deploytrack.target")
    private String target;

    /** Compare each environment with the commit of the application's last deployment there. */
    @Parameter(property = "deploytrack.againstApp", defaultValue = "false")
    private boolean againstApp;

    /** A pull request's base (with {@link #head}): report the agents it changes instead. */
    @Parameter(property = "deploytrack.base")
    private String base;

    /** A pull request's head (with {@link #base}). */
    @Parameter(property = "deploytrack.head")
    private String head;

    /** The project's name in the registry. Unset: the project recorded at the root, or the registry's only one. */
    @Parameter(property = "deploytrack.projectName")
    private String projectName;

    /** The project's directory. */
    @Parameter(property = "deploytrack.projectPath")
    private File projectPath;

    /** The registry: a file relative to the root, or a {@code jdbc:postgresql:} URL. Unset: as record-deployment. */
    @Parameter(property = "deploytrack.registry")
    private String registry;

    /** Fails the build when an agent is behind past its limit. When false, drift is only reported. */
    @Parameter(property = "deploytrack.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("drift")) {
            return;
        }
        Duration limit = null;
        if (maxAge != null && !maxAge.isBlank()) {
            limit = Durations.parse(maxAge).orElseThrow(() -> new MojoFailureException("deploytrack drift: "
                    + "-Ddeploytrack.maxAge must be a duration such as 0, 30m, 1h, 2d or 1w, not '" + maxAge + "'"));
        }
        if ((base == null) != (head == null)) {
            throw new MojoFailureException("deploytrack drift: -Ddeploytrack.base and -Ddeploytrack.head go together");
        }
        if (!firstForRepository("drift")) {
            return;
        }
        Path root = root();
        DeploytrackConfig config = loadConfig();
        try (RegistryService service = RegistryService.open(root, config.registry(), registry, System.getenv(),
                value -> root.resolve(value).normalize(), Clock.systemUTC())) {
            Registry read = service.read();
            RegistryMigration.migrate(read, config.registry().legacyEnvironment());
            GitHistory git = GitHistory.open(root);
            ProjectScope scope = ProjectScope.resolve(read, root, projectName, projectPath == null ? null
                    : projectPath.toPath(), git.top());
            if (base != null) {
                PullRequestDrift.Report report = new PullRequestDrift(git, read, config.registry(), config.get(DriftFeature.SETTINGS))
                        .run(scope.name(), scope.directory(), base, head);
                String text = PullRequestReportWriter.text(report, config.registry());
                text.lines().forEach(log()::info);
                write(text, PullRequestReportWriter.json(report, config.registry()),
                        PullRequestReportWriter.markdown(report, config.registry()));
                return;
            }
            DriftReport report = new DriftCheck(git, read, config.registry(), config.get(DriftFeature.SETTINGS), Clock.systemUTC())
                    .run(new DriftCheck.Request(scope.name(), scope.directory(), environments(), target, againstApp,
                            limit));
            String text = DriftReportWriter.text(report);
            for (String line : text.split("\n")) {
                if (report.failed() && line.startsWith("drift:")) {
                    log().error(line);
                } else {
                    log().info(line);
                }
            }
            write(text, DriftReportWriter.json(report), DriftReportWriter.markdown(report));
            if (failOnViolation && report.failed()) {
                throw new MojoFailureException("deploytrack drift: " + report.pastLimit() + " agent(s) behind past "
                        + "their environment's limit (-Ddeploytrack.maxAge or drift.max-age in deploytrack.yml); "
                        + "deploy them, or see the report above");
            }
        } catch (DriftException e) {
            throw new MojoFailureException("deploytrack drift: " + e.problem().in(MavenWording.INSTANCE)
                    + (e.hint() == null ? "" : "; " + e.hint().in(MavenWording.INSTANCE)));
        } catch (RegistryException e) {
            throw new MojoExecutionException(e.describe());
        } catch (GitException e) {
            throw new MojoExecutionException("deploytrack drift: git: " + e.getMessage(), e);
        }
    }

    private List<String> environments() {
        List<String> names = new ArrayList<>();
        for (String entry : environments == null ? List.<String>of() : environments) {
            for (String name : entry.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    private void write(String text, String json, String markdown) throws MojoExecutionException {
        Path directory = outputDirectory().toPath();
        try {
            for (String[] file : List.of(new String[] {"txt", text}, new String[] {"json", json},
                    new String[] {"md", markdown})) {
                Path path = directory.resolve("deploytrack-drift." + file[0]);
                ReportFiles.writeAtomically(path, out -> out.write(file[1]));
                log().info("Report written to " + path);
            }
            ReportFiles.appendStepSummary(System.getenv(), out -> out.write(markdown));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the drift report: " + e.getMessage(), e);
        }
    }
}
