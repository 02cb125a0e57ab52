package dev.deploytrack.maven;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.cost.CostReport;
import dev.deploytrack.cost.UnknownEnvironmentException;
import dev.deploytrack.registry.FileRegistryStore;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistryStore;
import dev.deploytrack.report.Report;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.yaml.ConfigException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A page of the Maven site ({@code mvn site}, with the plugin under {@code <reporting>}) on the repository's agent
 * configuration: the findings of {@code validate}, the token budgets, each environment's cost projection against its
 * limits, and the deployment registry's status. Findings do not fail the site; the goals {@code validate} and
 * {@code cost-check} are the gates. In a multi-module build the page belongs to the project at the repository's
 * root (or the one Maven was started in), as an aggregate report does; modules get none. Run alone
 * ({@code mvn deploytrack:report}) it writes {@code target/reports/deploytrack.html}, also without a POM.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = false)
public class ReportMojo extends AbstractMavenReport {

    /** Skips the report. */
    @Parameter(property = "deploytrack.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The root of the repository to report on. Unset: found from the project as the other goals find it (the top of
     * the build, or above it the nearest directory with a {@code deploytrack.yml} within the git work tree).
     */
    @Parameter(property = "deploytrack.directory")
    private File directory;

    /** A configuration file to read instead of {@code deploytrack.yml} in the repository's root; must exist. */
    @Parameter(property = "deploytrack.config")
    private File configFile;

    /** The build, for finding the repository's root. */
    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession mavenSession;

    private Path root;

    @Override
    public String getOutputName() {
        return "deploytrack";
    }

    @Override
    public String getName(Locale locale) {
        return "deploytrack";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Agent configuration: validation findings, token budgets, cost projection and deployment registry.";
    }

    /** The page belongs to the project at the repository's root, or to the one the build started in. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        Path basedir = project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath()
                .normalize();
        return project.isExecutionRoot() || root().equals(basedir);
    }

    /**
     * Without a POM ({@code mvn dev.deploytrack:deploytrack-maven-plugin:report} in a plain directory) Maven leaves
     * {@code ${project.reporting.outputDirectory}} unresolved: the page goes to {@code target/reports} under the
     * current directory, not to a directory named after the expression.
     */
    @Override
    protected String getOutputDirectory() {
        if (!RepositoryRoot.hasPom(project)) {
            return RepositoryRoot.workingDirectory(mavenSession).resolve("target").resolve("reports").toString();
        }
        return super.getOutputDirectory();
    }

    private Path root() {
        if (root == null) {
            root = RepositoryRoot.locate(directory, project, mavenSession);
        }
        return root;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path repository = root();
        DeploytrackConfig config;
        try {
            config = ConfigLoader.load(repository, configFile == null ? null : configFile.toPath());
        } catch (ConfigException e) {
            e.problems().forEach(problem -> SafeLog.of(getLog()).error(problem.toString()));
            throw new MavenReportException("deploytrack configuration is invalid: " + e.problems().size()
                    + " problem(s), listed above");
        }
        Report findings;
        try {
            findings = new Validator(config).validate(repository).worded(MavenWording.INSTANCE);
        } catch (IOException e) {
            throw new MavenReportException("cannot read " + repository + ": " + e.getMessage(), e);
        }
        SiteReport.Cost cost = cost(config, repository);
        SiteReport.Registry registry = registry(config, repository);
        new SiteReport(getSink(), repository, config, findings, cost, registry).render();
    }

    private SiteReport.Cost cost(DeploytrackConfig config, Path repository) {
        try {
            CostReport report = new CostCheck(config, Vocabularies.shared(), LocalDate.now()).run(repository, null);
            return new SiteReport.Cost(report, null);
        } catch (ConfigException e) {
            return new SiteReport.Cost(null, e.problems().size() + " problem(s) in the cost inputs: "
                    + e.problems().get(0));
        } catch (UnknownEnvironmentException | IOException e) {
            return new SiteReport.Cost(null, e.getMessage());
        }
    }

    private SiteReport.Registry registry(DeploytrackConfig config, Path repository) {
        // The registry the build would record into: DEPLOYTRACK_REGISTRY, registry.url or registry.path.
        try (RegistryService service = RegistryService.open(repository, config.registry(), null, System.getenv(),
                repository::resolve, Clock.systemUTC())) {
            RegistryStore store = service.store();
            if (store instanceof FileRegistryStore file && !file.exists()) {
                return new SiteReport.Registry(store.displayName(), null, null);
            }
            return new SiteReport.Registry(store.displayName(), store.read(), null);
        } catch (RegistryException e) {
            return new SiteReport.Registry(e.file(), null, e.describe(MavenWording.INSTANCE));
        }
    }
}
