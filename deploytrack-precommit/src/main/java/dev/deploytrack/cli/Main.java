package dev.deploytrack.cli;

import dev.deploytrack.DeploytrackVersion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code java -jar deploytrack.jar COMMAND [OPTIONS]}: the command line and pre-commit hook of deploytrack. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), Console.system());
        System.out.flush();
        System.err.flush();
        if (args.length > 0 && args[0].equals(TrainingCommand.NAME)) {
            System.exit(status);
        }
        // halt, not exit: since JDK 21, System.exit starts the platform logging machinery to log the exit, a few
        // milliseconds the pre-commit hook would wait for. Nothing here needs a shutdown hook (the registry releases
        // its lock and removes its temporary file before returning) and the output is flushed above. The JVM still
        // writes a class-data-sharing archive it was asked for (checked with -XX:ArchiveClassesAtExit on JDK 17);
        // the training run, which builds one, exits the regular way all the same.
        Runtime.getRuntime().halt(status);
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command command : List.<Command>of(new ValidateCommand(), new ScanCommand(), new TokensCommand(),
                new CostCheckCommand(), new PreCommitCommand(), new InstallCommand(), new UninstallCommand(),
                new TrainingCommand(), new RecordDeploymentCommand(), new StatusCommand(), new ImpactCommand(),
                new ApproveCommand(), new RollbackCommand(), new TestimonyCommand(),
                new RegistryTransferCommand(), new UsageCommand(),
                new DriftCommand(), new RequestCommand(), new ChecklistCommand(), new HistoryCommand())) {
            commands.put(command.name(), command);
        }
        return commands;
    }

    static int run(List<String> args, Console console) {
        Map<String, Command> commands = commands();
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                console.out().print(commands.get(args.get(1)).help());
                return Exit.OK;
            }
            console.out().print(usage(commands));
            return args.isEmpty() ? Exit.USAGE : Exit.OK;
        }
        if (args.get(0).equals("--version") || args.get(0).equals("version")) {
            console.out().println("deploytrack " + DeploytrackVersion.get());
            return Exit.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            console.error("unknown command '" + args.get(0) + "'; commands: " + String.join(", ",
                    commands.values().stream().filter(c -> !c.hidden()).map(Command::name).toList()));
            return Exit.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            console.out().print(command.help());
            return Exit.OK;
        }
        try {
            return command.run(rest, console);
        } catch (UsageException e) {
            console.error(e.getMessage());
            console.err().println("Run 'java -jar deploytrack.jar " + command.name() + " --help' for usage.");
            return Exit.USAGE;
        } catch (RuntimeException e) {
            console.error("internal error: " + e + "; please report it");
            return Exit.USAGE;
        } catch (OutOfMemoryError e) {
            // Inputs are bounded before they are read; reaching this means a bound is missing: say so, exit as an
            // I/O problem (2), not as findings (1, which a stack trace's default exit status would claim).
            console.error("out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap) while running '"
                    + command.name() + "'; please report it with the size of the input");
            return Exit.USAGE;
        } catch (StackOverflowError e) {
            console.error("internal error: input nested too deeply for '" + command.name() + "'; please report it");
            return Exit.USAGE;
        }
    }

    private static String usage(Map<String, Command> commands) {
        StringBuilder usage = new StringBuilder("Usage: java -jar deploytrack.jar COMMAND [OPTIONS]\n\n"
                + "Guards repositories of AI-agent configuration.\n\nCommands:\n");
        for (Command command : commands.values()) {
            if (command.hidden()) {
                continue;
            }
            usage.append(String.format("  %-18s %s%n", command.name(), command.summary()));
        }
        usage.append("\nRun 'java -jar deploytrack.jar COMMAND --help' for a command's options.\n"
                + "Exit status: 0 passed, 1 findings failed the check, 2 usage or I/O error.\n");
        return usage.toString();
    }
}
