package dev.deploytrack.cli;

import java.util.List;

/** One sub-command of {@code deploytrack.jar}. Translates options, calls the core, prints; no logic of its own. */
interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** The full {@code --help} text. */
    String help();

    /** Internal commands (the launcher's training run) are not listed in the usage. */
    default boolean hidden() {
        return false;
    }

    /** Runs the command and returns the exit status ({@link Exit}). */
    int run(List<String> args, Console console) throws UsageException;
}
