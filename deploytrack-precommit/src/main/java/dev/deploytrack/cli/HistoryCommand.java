package dev.deploytrack.cli;

import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryMigration;
import dev.deploytrack.release.DeploymentHistory;
import java.util.List;
import java.util.Set;

/** {@code deploytrack history}: the deployment history table, from the registry alone. */
final class HistoryCommand extends RegistryCommand {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String summary() {
        return "the deployment history table: date, version, type, status, actor, approval, notes";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar history [--env NAME] [--agent ID] [--name NAME] [OPTIONS]

                Every deployment in the registry, oldest first: date, project, environment, agent, version,
                type (deploy, update, rollback, emergency), status (live, superseded, rolled back), actor,
                approval and notes. Derived from the registry alone: the same registry prints the same bytes,
                from the file or from PostgreSQL.

                Options:
                  --env NAME             one environment
                  --agent ID             one agent
                  --name NAME            one project
                  --project PATH         or the project's directory (its name is the directory's name)
                  --format FORMAT        text (default), json or markdown
                  --output FILE          write the table to FILE; standard output gets one line
                """ + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 shown, 2 usage, configuration or I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--env", "--agent", "--name", "--project", "--format", "--output");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException {
        var format = StatusCommand.format(arguments);
        Registry registry = context.service().read();
        RegistryMigration.migrate(registry, context.service().settings().legacyEnvironment());
        String environment = arguments.value("--env");
        if (environment != null && !context.service().settings().environments().contains(environment)) {
            throw new UsageException("unknown environment '" + environment + "'; the configured environments are "
                    + String.join(", ", context.service().settings().environments()));
        }
        List<DeploymentHistory.Row> rows = DeploymentHistory.rows(registry, context.service().settings(),
                projectName(arguments, context), environment, arguments.value("--agent"));
        String text = switch (format) {
            case TEXT -> DeploymentHistory.text(rows);
            case JSON -> DeploymentHistory.json(rows);
            case MARKDOWN -> DeploymentHistory.markdown(rows);
        };
        QueryOutput.emit(arguments, context.console(), text, rows.size() + " deployments",
                DeploymentHistory.markdown(rows));
        return Exit.OK;
    }
}
