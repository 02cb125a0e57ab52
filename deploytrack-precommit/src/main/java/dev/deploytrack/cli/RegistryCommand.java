package dev.deploytrack.cli;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistryStore;
import dev.deploytrack.registry.SchemaVersion;
import dev.deploytrack.yaml.ConfigException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the registry commands share: the registry and configuration options, turning option text into core values,
 * and one mapping of outcomes to exit statuses (0 done, 1 refused by the rules, 2 usage, configuration or I/O).
 */
abstract class RegistryCommand implements Command {

    static final String REGISTRY_OPTIONS_HELP = """
              --registry FILE|URL    the registry: a file, or a PostgreSQL database
                                     (jdbc:postgresql://HOST:PORT/DB?user=NAME, the password from
                                     PGPASSWORD or ~/.pgpass); default: $DEPLOYTRACK_REGISTRY, else
                                     registry.url (never sent PGPASSWORD: ~/.pgpass only) or
                                     registry.path from deploytrack.yml, else deployments/registry.json
              --config FILE          read this configuration instead of ./deploytrack.yml
              -h, --help             show this help
            """;

    /** Whether the command takes operands (a subcommand, a file); the others take every value with an option. */
    boolean acceptsOperands() {
        return false;
    }

    /** Options this command takes besides {@code --registry}, {@code --config} and {@code --help}. */
    abstract Set<String> flags();

    abstract Set<String> valued();

    /** Runs the command against the registry; throws what the core throws. */
    abstract int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException;

    @Override
    public final int run(List<String> args, Console console) throws UsageException {
        Set<String> flags = new HashSet<>(flags());
        flags.add("--help");
        Set<String> valued = new HashSet<>(valued());
        valued.addAll(Set.of("--registry", "--config"));
        Arguments arguments = Arguments.parse(args, flags, valued);
        if (!acceptsOperands() && !arguments.operands().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.operands().get(0) + "'; every value is "
                    + "given with an option");
        }
        DeploytrackConfig config;
        try {
            String configFile = arguments.value("--config");
            config = ConfigLoader.load(console.workingDirectory(), configFile == null ? null
                    : console.resolve(configFile));
        } catch (ConfigException e) {
            e.problems().forEach(problem -> console.err().println(problem));
            console.error("the configuration is invalid; nothing was done");
            return Exit.USAGE;
        }
        try (RegistryService service = RegistryService.open(console.workingDirectory(), config.registry(),
                arguments.value("--registry"), console.environment(), console::resolve, Clock.systemUTC())) {
            return execute(arguments, new Context(console, service, config));
        } catch (RegistryException e) {
            console.err().println(e.describe(CommandLineWording.INSTANCE));
            return Exit.USAGE;
        } catch (InvalidRequestException e) {
            console.error(e.problem().in(CommandLineWording.INSTANCE));
            return Exit.USAGE;
        } catch (RefusedException e) {
            console.error("refused: " + e.reason().in(CommandLineWording.INSTANCE));
            if (e.hint() != null) {
                console.err().println("    hint: " + e.hint().in(CommandLineWording.INSTANCE));
            }
            console.err().println("Nothing was written.");
            return Exit.FINDINGS;
        }
    }

    /** The console, the registry and the configuration a command works on. */
    record Context(Console console, RegistryService service, DeploytrackConfig config) {

        String registryName() {
            return service.store().displayName();
        }

        /**
         * Says so when this write migrated the registry to a new schema version, and warns about what failed after
         * the registry was written (a page), which does not fail the command: the record is made.
         */
        void reportMigration(RegistryStore.Update<?> update) {
            for (String warning : update.warnings()) {
                console.error("warning: " + warning);
            }
            if (update.migratedFrom() != null) {
                console.out().println("Migrated " + registryName() + " from registry_version "
                        + update.migratedFrom().id() + " to " + SchemaVersion.CURRENT.id() + "; the "
                        + update.migratedFrom().id() + " file is kept as " + relative(update.migrationBackup()));
            }
        }

        String relative(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            Path cwd = console.workingDirectory().toAbsolutePath().normalize();
            return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString().replace('\\', '/')
                    : absolute.toString();
        }
    }

    static Actor actor(Arguments arguments) throws UsageException {
        try {
            return Actor.parseOptional(arguments.value("--actor")).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--actor: " + e.getMessage());
        }
    }

    static List<AgentVersion> agents(Arguments arguments) throws UsageException {
        List<AgentVersion> agents = new ArrayList<>();
        for (String value : arguments.values("--agent")) {
            try {
                agents.add(AgentVersion.parse(value));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--agent: " + e.getMessage());
            }
        }
        return agents;
    }

    /**
     * The project's name: {@code --name}, else the project the registry has at the {@code --project} directory, else
     * that directory's name (the core's rule, {@link dev.deploytrack.registry.RegistryService#projectNamed}).
     */
    static String projectName(Arguments arguments, Context context)
            throws InvalidRequestException, RegistryException {
        String project = arguments.value("--project");
        return context.service().projectNamed(arguments.value("--name"),
                project == null ? null : context.console().resolve(project));
    }
}
