package dev.deploytrack.cli;

import dev.deploytrack.registry.InvalidRequestException;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryImport;
import dev.deploytrack.registry.RegistryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code deploytrack registry export|import}: moves a registry between backends. Export writes any backend as a
 * 2.0.0 file with its per-project pages (how a PostgreSQL registry stays browsable in git); import loads a file into
 * the chosen backend, and importing it twice changes nothing (how a team moves from the file to PostgreSQL).
 */
final class RegistryTransferCommand extends RegistryCommand {

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public String summary() {
        return "export the registry as a file with its pages, or import a file into the registry";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar registry export [--output FILE] [OPTIONS]
                       java -jar deploytrack.jar registry import FILE [OPTIONS]

                export writes the registry, whatever its backend, as a registry_version 2.0.0 JSON file (with
                deployment_history, projects, approvals and statistics derived anew) and its pages in
                by-project/ beside the file, and the testimony reports its projects point at (testimony_file,
                under the registry's root: the directory registry.path lies in when FILE ends with it, else
                FILE's directory). Without --output the file goes to standard output, without pages or
                reports, and secrets in it are redacted like in every output: use --output for a faithful copy.

                import loads a JSON registry (1.0.0 or 2.0.0) into the registry: history entries and
                approvals it does not hold yet are appended, projects it does not know are taken over, the
                testimony reports the file's projects point at are read from inside its root and kept, the
                statistics are derived anew. Importing the same file again changes nothing. To move from the
                file to PostgreSQL:

                  java -jar deploytrack.jar registry import deployments/registry.json \\
                      --registry 'jdbc:postgresql://db.example.com:5432/deploytrack?user=ci'

                Options:
                  --output FILE          export: where to write the file (its pages go to by-project/ beside it)
                """ + REGISTRY_OPTIONS_HELP + """

                Exit status: 0 done, 2 usage, configuration or I/O error.
                """;
    }

    @Override
    boolean acceptsOperands() {
        return true;
    }

    @Override
    Set<String> flags() {
        return Set.of();
    }

    @Override
    Set<String> valued() {
        return Set.of("--output");
    }

    @Override
    int execute(Arguments arguments, Context context)
            throws UsageException, RegistryException, InvalidRequestException, RefusedException {
        List<String> operands = arguments.operands();
        String action = operands.isEmpty() ? "" : operands.get(0);
        Console console = context.console();
        switch (action) {
            case "export" -> {
                if (operands.size() > 1) {
                    throw new UsageException("registry export takes no file operand; give it with --output FILE");
                }
                String output = arguments.value("--output");
                if (output == null) {
                    try {
                        context.service().exportTo(console.out());
                    } catch (IOException e) {
                        throw new RegistryException("standard output", "cannot write the export", null);
                    }
                    console.out().flush();
                    return Exit.OK;
                }
                Path file = console.resolve(output);
                RegistryImport.Imported exported = context.service().exportTo(file);
                for (String warning : exported.warnings()) {
                    console.err().println(context.registryName() + ": warning: " + warning);
                }
                console.err().println(context.registryName() + ": exported " + exported.projects() + " projects, "
                        + exported.history() + " history entries, " + exported.approvals() + " approvals and "
                        + testimonies(exported.testimonies()) + " to " + context.relative(file) + ", pages in "
                        + context.relative(file.resolveSibling("by-project")));
                return Exit.OK;
            }
            case "import" -> {
                if (operands.size() != 2) {
                    throw new UsageException("name the one file to import: registry import FILE");
                }
                Path file = console.resolve(operands.get(1));
                RegistryStore.Update<RegistryImport.Imported> update = context.service().importFrom(file);
                context.reportMigration(update);
                RegistryImport.Imported imported = update.value();
                console.out().println(context.registryName() + (imported.changedAnything()
                        ? ": imported " + imported.projects() + " projects, " + imported.history()
                        + " history entries, " + imported.approvals() + " approvals and "
                        + testimonies(imported.testimonies()) + " from " + context.relative(file)
                        : ": " + context.relative(file) + " holds nothing the registry does not; nothing changed"));
                return Exit.OK;
            }
            default -> throw new UsageException("say what to do: registry export [--output FILE] or registry "
                    + "import FILE");
        }
    }

    private static String testimonies(int count) {
        return count + (count == 1 ? " testimony" : " testimonies");
    }
}
