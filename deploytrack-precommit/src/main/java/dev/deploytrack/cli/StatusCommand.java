package dev.deploytrack.cli;

import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.QueryFormat;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryQueries;
import dev.deploytrack.registry.RegistryReport;
import java.util.Set;

/** {@code deploytrack status}: which agents run where, at which versions. */
final class StatusCommand extends RegistryCommand {

    static final String FORMAT_HELP = """
              --format FORMAT        text (default), json or markdown
            """;

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "show deployed agents: all, one agent's projects, or one project's agents";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar status [--agent ID | --name NAME | --project PATH] [OPTIONS]

                Without options: every agent with its number of deployments, the projects running it and the
                versions in use. With --agent: the projects and environments running that agent, with
                versions. With --name or --project: that project's agents. Reads the registry only.

                Options:
                  --agent ID             one agent
                  --name NAME            one project, by name
                  --project PATH         one project, by directory (its name is the directory's name)
                """ + FORMAT_HELP + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 shown, 2 unknown agent or project, usage, configuration or I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--agent", "--name", "--project", "--format");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException {
        QueryFormat format = format(arguments);
        String agent = arguments.value("--agent");
        String project = projectName(arguments, context);
        if (agent != null && project != null) {
            throw new UsageException("give --agent or --name/--project, not both");
        }
        RegistryQueries queries = new RegistryQueries(context.service().read(), context.service().settings());
        RegistryReport report = agent != null ? queries.agent(agent)
                : project != null ? queries.project(project)
                : queries.agents(context.registryName());
        context.console().out().print(report.render(format));
        return Exit.OK;
    }

    static QueryFormat format(Arguments arguments) throws UsageException {
        String name = arguments.value("--format", "text");
        return QueryFormat.parse(name).orElseThrow(() -> new UsageException("unknown format '" + name + "'; use "
                + QueryFormat.names()));
    }
}
