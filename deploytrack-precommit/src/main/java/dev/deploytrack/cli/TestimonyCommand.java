package dev.deploytrack.cli;

import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryStore;
import dev.deploytrack.registry.TestimonyCollected;
import dev.deploytrack.registry.TestimonyRequest;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code deploytrack testimony}: files a project's testimony and marks it collected. */
final class TestimonyCommand extends RegistryCommand {

    @Override
    public String name() {
        return "testimony";
    }

    @Override
    public String summary() {
        return "file a project's testimony in the registry and mark it collected";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar testimony --name NAME --file PATH [OPTIONS]

                Files a project's testimony (a report on how its agents did) in the registry, marks the
                project's agents as having testimony collected and updates their last_sync. A file registry
                keeps a copy in its testimonies directory (registry.testimonies, default
                reflection_pool/testimonies); a PostgreSQL registry keeps the report in the database under the
                same path, and registry export writes it there. The copy is named after the project and the
                time; nothing of the input path is used. Filing the project's latest report again changes
                nothing. Symbolic links are not followed, and files over 1 MiB are refused.

                Options:
                  --name NAME            the project's name in the registry
                  --project PATH         or the project's directory (its name is the directory's name)
                  --file PATH            the testimony file
                  --agent ID             only these agents' testimony (repeatable; default: all of the project's)
                """ + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 collected, 2 usage, configuration or I/O error.
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--name", "--project", "--file", "--agent");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException {
        Console console = context.console();
        String file = arguments.value("--file");
        if (file == null) {
            throw new UsageException("name the testimony file with --file PATH");
        }
        RegistryStore.Update<TestimonyCollected> update = context.service().testimony(new TestimonyRequest(
                projectName(arguments, context), console.resolve(file),
                new LinkedHashSet<>(arguments.values("--agent"))));
        context.reportMigration(update);
        TestimonyCollected collected = update.value();
        console.out().println(context.registryName() + ": testimony of " + collected.project()
                + (collected.duplicate() ? " was filed already as " : " filed as ") + collected.copy() + " (sha256 "
                + collected.sha256().substring(0, 12) + "); collected for " + collected.agents()
                + (collected.agents() == 1 ? " agent deployment" : " agent deployments") + ", last sync "
                + collected.at());
        return Exit.OK;
    }
}
