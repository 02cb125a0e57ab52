package dev.deploytrack.maven;

import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.ComponentDeploymentRequest;
import dev.deploytrack.registry.DeploymentRequest;
import dev.deploytrack.registry.GitCommits;
import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.Recorded;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistryStore;
import dev.deploytrack.registry.SchemaVersion;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Records in the deployment registry that agents were deployed to a project's environment: adds history entries,
 * updates the project's agents and rewrites {@code by-project/<project>.md} next to the registry. Meant as a CI
 * stage after a deployment. The promotion rules apply as on the command line: a version reaches an environment only
 * after the one before it, production needs an approval by a person other than the actor, and an actor of kind
 * {@code agent} never records production. A refusal fails the build and writes nothing. In a multi-module build it
 * records once, for the repository.
 */
@Mojo(name = "record-deployment", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true, requiresProject = false)
public class RecordDeploymentMojo extends AbstractRepositoryMojo {

    /**
     * The registry: a file (relative to the repository's root, {@code deploytrack.directory}), or a PostgreSQL
     * database as {@code jdbc:postgresql://HOST:PORT/DB?user=NAME}, its password from {@code PGPASSWORD} or
     * {@code ~/.pgpass} (or in the URL, when the URL is a CI secret). Unset: {@code $DEPLOYTRACK_REGISTRY}, else
     * {@code registry.url} (never sent {@code PGPASSWORD}, only its {@code ~/.pgpass} line) or {@code registry.path}
     * from {@code deploytrack.yml}, by default
     * {@code deployments/registry.json}.
     */
    @Parameter(property = "deploytrack.registry")
    String registry;

    /**
     * The deployed project's directory. When {@link #agents} is empty, the agents and their versions are read from
     * its skills and agent definitions ({@code metadata.version}, or {@code version}, in the frontmatter); the git
     * commit is read from it when {@link #gitCommit} is unset and no CI variable gives one. Unset: the repository's
     * root.
     */
    @Parameter(property = "deploytrack.projectPath")
    File projectPath;

    /**
     * The project's name in the registry. Unset: the artifactId of the POM at the repository's root, or without
     * one the name of the project's directory.
     */
    @Parameter(property = "deploytrack.projectName")
    String projectName;

    /**
     * The agents deployed, each {@code ID@VERSION} (e.g. {@code code-review@1.3.0}); on the command line
     * comma-separated. Empty: read from {@link #projectPath}'s agent files.
     */
    @Parameter(property = "deploytrack.agents")
    List<String> agents;

    /**
     * The environment deployed to, one of {@code registry.environments} in {@code deploytrack.yml} (by default
     * {@code development}, {@code staging}, {@code production}), e.g. {@code -Ddeploytrack.env=staging}. Required.
     */
    @Parameter(property = "deploytrack.env", alias = "env")
    String environment;

    /** Deprecated: the old property of {@link #environment}; use {@code -Ddeploytrack.env}. */
    @Deprecated
    @Parameter(property = "deploytrack.environment")
    String deprecatedEnvironment;

    /**
     * Who deploys, as {@code KIND:IDENTITY}: {@code human:alice}, {@code ci:jenkins} or {@code agent:claude-code}.
     * Required. An {@code agent} actor never records production.
     */
    @Parameter(property = "deploytrack.actor")
    String actor;

    /**
     * A key that makes the step safe to re-run, e.g. the CI run id: when a deployment with this key is already
     * recorded for the project and environment, nothing changes.
     */
    @Parameter(property = "deploytrack.idempotencyKey")
    String idempotencyKey;

    /** Why; required with {@link #emergency}, and kept in the history. */
    @Parameter(property = "deploytrack.reason")
    String reason;

    /** Overrides the promotion order (never the production approval, never the agent rule). Needs a reason. */
    @Parameter(property = "deploytrack.emergency", defaultValue = "false")
    boolean emergency;

    /**
     * The commit deployed. Unset: {@code $GITHUB_SHA}, {@code $CI_COMMIT_SHA} or {@code $GIT_COMMIT}, else the
     * {@code HEAD} of {@link #projectPath}'s git repository, else none.
     */
    @Parameter(property = "deploytrack.gitCommit")
    String gitCommit;

    /**
     * Checks everything a record checks and writes nothing: bind it before the deployment, so that a deployment the
     * rules would refuse to record (production without an approval) never starts.
     */
    @Parameter(property = "deploytrack.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * Records a component other than the agents instead, e.g. {@code app}: the application, with its commit, which
     * {@code deploytrack:drift -Ddeploytrack.againstApp} compares the agents with. No promotion rule or approval
     * applies to it; an {@code agent} actor still never records production.
     */
    @Parameter(property = "deploytrack.component")
    String component;

    /** With {@link #component}: its version (optional; the commit identifies it). */
    @Parameter(property = "deploytrack.componentVersion")
    String componentVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("record-deployment")) {
            return;
        }
        // Every parameter is checked before the registry is opened.
        DeploymentRequest request = request();
        if (component != null && !request.agents().isEmpty()) {
            throw new MojoFailureException("deploytrack record-deployment: -Ddeploytrack.component records a component, "
                    + "not agents: leave out -Ddeploytrack.agents");
        }
        if (!firstForRepository("record-deployment" + (component == null ? "" : " " + component))) {
            return;
        }
        Path root = root();
        try (RegistryService service = RegistryService.open(root, loadConfig().registry(), registry,
                System.getenv(), value -> root.resolve(value).normalize(), Clock.systemUTC())) {
            String registryName = service.store().displayName();
            RegistryStore.Update<Recorded> update = component != null ? service.recordComponent(
                    new ComponentDeploymentRequest(request.projectName(), request.projectPath(), component,
                            componentVersion, request.environment(), request.actor(), request.gitCommit(),
                            request.idempotencyKey()), dryRun)
                    : dryRun ? service.checkDeployment(request) : service.recordDeployment(request);
            if (update.migratedFrom() != null) {
                log().info("Migrated " + registryName + " from registry_version " + update.migratedFrom().id()
                        + " to " + SchemaVersion.CURRENT.id() + "; the old file is kept as "
                        + update.migrationBackup());
            }
            log(registryName, update.value());
            update.warnings().forEach(log()::warn);
        } catch (RefusedException e) {
            throw Failures.failure("deploytrack record-deployment refused: "
                    + e.reason().in(MavenWording.INSTANCE)
                    + (e.hint() == null ? "" : "; " + e.hint().in(MavenWording.INSTANCE)) + ". Nothing was written.");
        } catch (InvalidRequestException e) {
            throw Failures.failure("deploytrack record-deployment: " + e.problem().in(MavenWording.INSTANCE));
        } catch (RegistryException e) {
            throw Failures.error(e.describe(MavenWording.INSTANCE));
        }
    }

    private DeploymentRequest request() throws MojoFailureException {
        List<AgentVersion> parsed = new ArrayList<>();
        Actor parsedActor;
        try {
            for (String agent : agents == null ? List.<String>of() : agents) {
                for (String part : agent.split(",")) {
                    if (!part.isBlank()) {
                        parsed.add(AgentVersion.parse(part.trim()));
                    }
                }
            }
            parsedActor = Actor.parseOptional(actor).orElse(null);
        } catch (IllegalArgumentException e) {
            throw Failures.failure("deploytrack record-deployment: " + e.getMessage());
        }
        String env = environment;
        if (env == null && deprecatedEnvironment != null) {
            log().warn("-Ddeploytrack.environment is deprecated; use -Ddeploytrack.env=" + deprecatedEnvironment);
            env = deprecatedEnvironment;
        }
        Path project = projectPath != null ? projectPath.toPath() : root();
        String commit = gitCommit != null ? gitCommit : GitCommits.detect(project, System.getenv()).orElse(null);
        return new DeploymentRequest(projectName != null ? projectName : defaultProjectName(), project, parsed, env,
                parsedActor, commit, idempotencyKey, emergency, reason);
    }

    /** The root POM's artifactId; null without a POM, when the core names the project after its directory. */
    private String defaultProjectName() {
        if (projectPath != null) {
            return null;
        }
        MavenProject atRoot = projectAtRoot();
        return atRoot == null ? null : atRoot.getArtifactId();
    }

    private void log(String registryName, Recorded recorded) {
        if (recorded.duplicate()) {
            log().info(registryName + ": idempotency key " + recorded.duplicateOf().idempotencyKey()
                    + " was already recorded for " + recorded.project() + " in " + recorded.environment()
                    + "; nothing changed");
            return;
        }
        HistoryEntry first = recorded.entries().get(0);
        if (first.isComponentDeployment()) {
            log().info(registryName + (dryRun ? ": would record " : ": recorded ") + first.component() + " of "
                    + recorded.project() + " in " + recorded.environment() + " at " + first.gitCommit() + " by "
                    + first.actor());
            return;
        }
        log().info(registryName + (dryRun ? ": would record " : ": recorded ") + recorded.project() + " in "
                + recorded.environment() + " by "
                + first.actor());
        for (HistoryEntry entry : recorded.entries()) {
            log().info("  " + entry.agent() + "@" + entry.version() + " " + entry.action()
                    + (entry.previousVersion() == null ? "" : " from " + entry.previousVersion()));
        }
    }
}
