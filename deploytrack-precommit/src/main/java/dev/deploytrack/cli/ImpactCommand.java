package dev.deploytrack.cli;

import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.AgentVersionDiscovery;
import dev.deploytrack.registry.ImpactReport;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code deploytrack impact}: which projects run older versions than the current agents. */
final class ImpactCommand extends RegistryCommand {

    @Override
    public String name() {
        return "impact";
    }

    @Override
    public String summary() {
        return "list projects running older versions than the current agents";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar impact (--catalog DIR | --agent ID@VERSION ...) [OPTIONS]

                The agent update workflow: given the current version of each agent, lists every project and
                environment running an older one, and which version it runs. Versions are compared as
                semantic versions (1.10.0 is newer than 1.9.0); versions that are not are listed apart.

                Options:
                  --catalog DIR          a directory of current agent definitions: skills (SKILL.md) and
                                         .claude/agents/*.md, versioned by metadata.version or version
                  --agent ID@VERSION     a current version (repeatable; wins over the catalog for that agent)
                  --fail-on-outdated     exit 1 when any project runs an older version
                """ + StatusCommand.FORMAT_HELP + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 shown, 1 outdated projects with --fail-on-outdated, 2 usage, configuration or
                I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of("--fail-on-outdated");
    }

    @Override
    Set<String> valued() {
        return Set.of("--catalog", "--agent", "--format");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException {
        Console console = context.console();
        var format = StatusCommand.format(arguments);
        Map<String, AgentVersion> current = new LinkedHashMap<>();
        String catalog = arguments.value("--catalog");
        if (catalog != null) {
            for (AgentVersion agent : catalog(console.resolve(catalog), console)) {
                current.put(agent.id(), agent);
            }
        }
        for (AgentVersion agent : agents(arguments)) {
            current.put(agent.id(), agent);
        }
        if (current.isEmpty()) {
            throw new UsageException("give the current versions: --catalog DIR or --agent ID@VERSION");
        }
        ImpactReport report = new RegistryQueries(context.service().read(), context.service().settings())
                .impact(new ArrayList<>(current.values()));
        console.out().print(report.render(format));
        return arguments.flag("--fail-on-outdated") && report.anyOutdated() ? Exit.FINDINGS : Exit.OK;
    }

    private static List<AgentVersion> catalog(Path directory, Console console) throws InvalidRequestException {
        if (!Files.isDirectory(directory)) {
            throw new InvalidRequestException("the catalog " + directory + " is not a directory");
        }
        AgentVersionDiscovery.Found found;
        try {
            found = AgentVersionDiscovery.discover(directory);
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read the catalog " + directory + ": " + e.getMessage());
        }
        for (String file : found.unversioned()) {
            console.error("warning: " + file + " in the catalog has no version (metadata.version); not checked");
        }
        for (String problem : found.problems()) {
            console.error("warning: " + problem);
        }
        return found.agents();
    }
}
