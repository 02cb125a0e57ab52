package dev.deploytrack.cli;

import dev.deploytrack.registry.ComponentDeploymentRequest;
import dev.deploytrack.registry.DeploymentRequest;
import dev.deploytrack.registry.GitCommits;
import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.Recorded;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryStore;
import java.nio.file.Path;
import java.util.Set;

/** {@code deploytrack record-deployment}: records agents deployed to a project's environment. */
final class RecordDeploymentCommand extends RegistryCommand {

    @Override
    public String name() {
        return "record-deployment";
    }

    @Override
    public String summary() {
        return "record agents deployed to a project's environment in the registry";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar record-deployment [OPTIONS]

                Records that agents were deployed to a project's environment: adds history entries, updates
                the project's agents and rewrites deployments/by-project/<project>.md. Run it as a CI step
                after a deployment. Promotion rules apply: a version reaches an environment only after the one
                before it, production needs an approval by a person other than the actor (see 'approve'), and
                an agent actor never records production.

                Options:
                  --project PATH         the project's directory; its name defaults to the project the registry
                                         has there, else the directory's name, and
                                         without --agent its agents are read from its skills and agent
                                         definitions (metadata.version or version in the frontmatter)
                  --name NAME            the project's name in the registry
                  --agent ID@VERSION     an agent deployed (repeatable)
                  --env NAME             the environment, one of registry.environments
                                         (default list: development, staging, production)
                  --actor KIND:IDENTITY  who deploys: human:NAME, ci:NAME or agent:NAME
                  --git-commit SHA       the commit deployed (default: $GITHUB_SHA, $CI_COMMIT_SHA or
                                         $GIT_COMMIT, else the project's git HEAD)
                  --idempotency-key KEY  e.g. the CI run id: the same key recorded again for the same project
                                         and environment changes nothing
                  --emergency            override the promotion order; needs --reason, kept in the history
                  --reason TEXT          why
                  --dry-run              check everything a record checks and write nothing: run it before
                                         deploying, so a deployment the rules refuse never starts
                  --component NAME       record a component other than the agents instead, e.g. the
                                         application (app), with its commit: what 'drift --against-app'
                                         compares the agents with; no promotion rule or approval applies
                  --version VERSION      with --component: the component's version (optional)
                """ + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 recorded (or already recorded under the key; with --dry-run: would be
                recorded), 1 refused by the promotion rules (nothing written), 2 usage, configuration or
                I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of("--emergency", "--dry-run");
    }

    @Override
    Set<String> valued() {
        return Set.of("--project", "--name", "--agent", "--env", "--actor", "--git-commit", "--idempotency-key",
                "--reason", "--component", "--version");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException {
        Console console = context.console();
        String projectOption = arguments.value("--project");
        Path project = projectOption == null ? null : console.resolve(projectOption);
        String commit = arguments.value("--git-commit");
        if (commit == null) {
            commit = GitCommits.detect(project, console.environment()).orElse(null);
        }
        boolean dryRun = arguments.flag("--dry-run");
        if (arguments.value("--component") != null) {
            return recordComponent(arguments, context, project, commit, dryRun);
        }
        if (arguments.value("--version") != null) {
            throw new UsageException("--version goes with --component; agents are given as --agent ID@VERSION");
        }
        DeploymentRequest request = new DeploymentRequest(arguments.value("--name"), project, agents(arguments),
                arguments.value("--env"), actor(arguments), commit, arguments.value("--idempotency-key"),
                arguments.flag("--emergency"), arguments.value("--reason"));
        RegistryStore.Update<Recorded> update = dryRun ? context.service().checkDeployment(request)
                : context.service().recordDeployment(request);
        context.reportMigration(update);
        Recorded recorded = update.value();
        if (recorded.duplicate()) {
            HistoryEntry earlier = recorded.duplicateOf();
            console.out().println(context.registryName() + ": idempotency key " + earlier.idempotencyKey()
                    + " was already recorded for " + recorded.project() + " in " + recorded.environment() + " at "
                    + earlier.timestamp() + "; nothing changed");
            return Exit.OK;
        }
        HistoryEntry first = recorded.entries().get(0);
        console.out().println(context.registryName() + (dryRun ? ": would record " : ": recorded ")
                + recorded.project() + " in "
                + recorded.environment() + " by " + first.actor() + (first.emergency() ? " (emergency override)"
                : ""));
        int width = recorded.entries().stream().mapToInt(e -> (e.agent() + "@" + e.version()).length()).max()
                .orElse(0);
        for (HistoryEntry entry : recorded.entries()) {
            String agent = entry.agent() + "@" + entry.version();
            console.out().println("  " + agent + " ".repeat(width - agent.length() + 2) + entry.action()
                    + (entry.previousVersion() == null ? "" : " from " + entry.previousVersion()));
        }
        return Exit.OK;
    }

    private int recordComponent(Arguments arguments, Context context, Path project, String commit, boolean dryRun)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException {
        if (!arguments.values("--agent").isEmpty() || arguments.flag("--emergency")) {
            throw new UsageException("--component records a component, not agents: leave out --agent and "
                    + "--emergency");
        }
        RegistryStore.Update<Recorded> update = context.service().recordComponent(new ComponentDeploymentRequest(
                arguments.value("--name"), project, arguments.value("--component"), arguments.value("--version"),
                arguments.value("--env"), actor(arguments), commit, arguments.value("--idempotency-key")), dryRun);
        context.reportMigration(update);
        Recorded recorded = update.value();
        Console console = context.console();
        if (recorded.duplicate()) {
            console.out().println(context.registryName() + ": idempotency key " + recorded.duplicateOf()
                    .idempotencyKey() + " was already recorded for " + recorded.duplicateOf().component() + " of "
                    + recorded.project() + " in " + recorded.environment() + "; nothing changed");
            return Exit.OK;
        }
        HistoryEntry entry = recorded.entries().get(0);
        console.out().println(context.registryName() + (dryRun ? ": would record " : ": recorded ")
                + entry.component() + (entry.version() == null ? "" : "@" + entry.version()) + " of "
                + recorded.project() + " in " + recorded.environment() + " at " + entry.gitCommit() + " by "
                + entry.actor());
        return Exit.OK;
    }
}
