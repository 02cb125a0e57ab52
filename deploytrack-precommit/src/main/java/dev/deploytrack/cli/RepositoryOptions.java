package dev.deploytrack.cli;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.yaml.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The PATH operand and {@code --config} option that every command working on a repository shares. */
final class RepositoryOptions {

    private RepositoryOptions() {
    }

    /** The single PATH operand, a directory or a file, default the working directory. */
    static Path target(Arguments arguments, Console console) throws UsageException {
        Path target = console.resolve(arguments.singleOperand("PATH", "."));
        if (!Files.exists(target)) {
            throw new UsageException(target + " does not exist");
        }
        return target;
    }

    /** The repository directory: the single PATH operand, default the working directory. */
    static Path root(Arguments arguments, Console console) throws UsageException {
        Path root = console.resolve(arguments.singleOperand("PATH", "."));
        if (!Files.isDirectory(root)) {
            throw new UsageException(root + " is not a directory");
        }
        return root;
    }

    /**
     * The configuration from {@code --config} or {@code root/deploytrack.yml}; {@code null} after printing every
     * problem when it is invalid.
     *
     * @param whatNot what did not happen, for the message ({@code "nothing was checked"})
     */
    static DeploytrackConfig config(Arguments arguments, Console console, Path root, String whatNot) {
        String configOption = arguments.value("--config");
        try {
            return ConfigLoader.load(root, configOption == null ? null : console.resolve(configOption));
        } catch (ConfigException e) {
            e.problems().forEach(problem -> console.err().println(problem));
            console.error("the configuration is invalid; " + whatNot);
            return null;
        }
    }
}
