package dev.deploytrack.cli;

import dev.deploytrack.drift.DriftException;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryMigration;
import dev.deploytrack.release.Checklist;
import dev.deploytrack.release.ReleaseRequests;
import java.time.Clock;
import java.util.Set;

/** {@code deploytrack checklist}: the deployment and production readiness checklists, ticked from data. */
final class ChecklistCommand extends RegistryCommand {

    @Override
    public String name() {
        return "checklist";
    }

    @Override
    public String summary() {
        return "the deployment and production readiness checklists, with every box the data decides ticked";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar checklist --env NAME [OPTIONS]

                The deployment checklist and the production readiness checklist (agent configuration,
                quality, operations, security, documentation, approval) of what the target commit would
                deploy to an environment. Every box the data decides (skills valid, budgets with 20%
                headroom, secret scanning in CI, cost within limits, rollback recorded, approvals...) is
                ticked or left open with the reason; the rest are marked for a person.

                Options:
                  --env NAME             the environment (default: registry.production)
                  --name NAME            the project (default: the project recorded at '.', or the only one)
                  --project PATH         or the project's directory
                  --target REF           the commit that goes out (default HEAD)
                  --format FORMAT        text (default), json or markdown (a GitHub task list)
                  --output FILE          write the checklist to FILE; standard output gets one line
                """ + REGISTRY_OPTIONS_HELP + """

                When $GITHUB_STEP_SUMMARY is set, the Markdown checklist is appended to it.

                Exit status: 0 written, 2 usage, configuration, git or I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--env", "--name", "--project", "--target", "--format", "--output");
    }

    @Override
    int execute(Arguments arguments, Context context) throws UsageException, RegistryException {
        Console console = context.console();
        var format = StatusCommand.format(arguments);
        String environment = arguments.value("--env", context.service().settings().production());
        Registry registry = context.service().read();
        RegistryMigration.migrate(registry, context.service().settings().legacyEnvironment());
        Checklist checklist;
        try {
            GitHistory git = GitHistory.open(console.workingDirectory());
            checklist = Checklist.build(new ReleaseRequests(git, registry, context.config(), Clock.systemUTC()),
                    registry, ReleaseOptions.scope(arguments, console, registry, git), environment,
                    arguments.value("--target"));
        } catch (DriftException e) {
            return ReleaseOptions.failed(console, e);
        } catch (GitException e) {
            console.error("git: " + e.getMessage());
            return Exit.USAGE;
        }
        String text = switch (format) {
            case TEXT -> checklist.text();
            case JSON -> checklist.json();
            case MARKDOWN -> checklist.markdown();
        };
        QueryOutput.emit(arguments, console, text, "checklist of " + checklist.project() + " to " + environment
                + ": " + checklist.open() + " boxes open", checklist.markdown());
        return Exit.OK;
    }
}
