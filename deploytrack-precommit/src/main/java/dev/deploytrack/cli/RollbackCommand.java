package dev.deploytrack.cli;

import dev.deploytrack.registry.GitCommits;
import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.Recorded;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryStore;
import dev.deploytrack.registry.RollbackRequest;
import java.util.Set;

/** {@code deploytrack rollback}: records a return to earlier agent versions, with the reason. */
final class RollbackCommand extends RegistryCommand {

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public String summary() {
        return "record a return to earlier agent versions, with the reason";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar rollback --name NAME --env NAME --agent ID@VERSION --actor KIND:IDENTITY --reason TEXT

                Records that a project's environment went back to earlier agent versions. Each version must
                have run in that environment before and be older than the one running now. The reason is kept
                in the history. An agent actor never rolls back production.

                Options:
                  --name NAME            the project's name in the registry
                  --project PATH         or the project's directory (its name is the directory's name)
                  --agent ID@VERSION     the version returned to (repeatable)
                  --env NAME             the environment
                  --actor KIND:IDENTITY  who rolls back: human:NAME, ci:NAME or agent:NAME
                  --reason TEXT          why (required)
                  --git-commit SHA       the commit deployed (default: $GITHUB_SHA, $CI_COMMIT_SHA or $GIT_COMMIT)
                  --idempotency-key KEY  the same key recorded again for the project and environment changes
                                         nothing
                """ + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 recorded, 1 refused (nothing written), 2 usage, configuration or I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--name", "--project", "--agent", "--env", "--actor", "--reason", "--git-commit",
                "--idempotency-key");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException {
        Console console = context.console();
        String commit = arguments.value("--git-commit");
        if (commit == null) {
            commit = GitCommits.detect(null, console.environment()).orElse(null);
        }
        RegistryStore.Update<Recorded> update = context.service().rollback(new RollbackRequest(
                projectName(arguments, context), arguments.value("--env"), agents(arguments), actor(arguments),
                arguments.value("--reason"), commit, arguments.value("--idempotency-key")));
        context.reportMigration(update);
        Recorded recorded = update.value();
        if (recorded.duplicate()) {
            console.out().println(context.registryName() + ": idempotency key "
                    + recorded.duplicateOf().idempotencyKey() + " was already recorded; nothing changed");
            return Exit.OK;
        }
        for (HistoryEntry entry : recorded.entries()) {
            console.out().println(context.registryName() + ": rolled back " + entry.agent() + " in "
                    + recorded.project() + " (" + recorded.environment() + ") from " + entry.previousVersion()
                    + " to " + entry.version() + ": " + entry.reason());
        }
        return Exit.OK;
    }
}
