package dev.deploytrack.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more {@link ConfigProblem}s that stop a run before it starts: the tool does not guess what a broken
 * configuration meant. Front doors print the problems and exit with status 2 (the command line) or fail the build.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(ConfigProblem problem) {
        this(List.of(problem));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
