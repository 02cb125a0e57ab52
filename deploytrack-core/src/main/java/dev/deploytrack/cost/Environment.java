package dev.deploytrack.cost;

import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.workspace.Workspace;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import dev.deploytrack.yaml.YamlFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A deployment environment as teams lay them out: a directory {@code environments/NAME/} holding
 * {@code budget-limits.yaml} (what it may spend) and/or {@code model-overrides.yaml} (which model each agent uses
 * there). Any names work: {@code local}, {@code ci}, {@code staging}, {@code production}...
 *
 * @param name      the directory name
 * @param limits    its limits, or {@code null} when it has no budget-limits file (projected, not gated)
 * @param overrides its model overrides, or {@code null}
 */
public record Environment(String name, BudgetLimits limits, ModelOverrides overrides) {

    public static final String DIRECTORY = "environments";

    /**
     * Finds and reads every environment of the workspace, reading through it (so paths never leave the repository).
     * Problems in any file are added to {@code problems}, with file and line.
     */
    public static Map<String, Environment> load(Workspace workspace, List<ConfigProblem> problems) {
        // A budget file the workspace left out (a link leaving the repository, a named pipe) would silently ungate
        // its environment: it is an error, not an absence.
        for (Workspace.SkippedFile skipped : workspace.skipped()) {
            if (isEnvironmentFile(skipped.path())) {
                problems.add(new ConfigProblem(skipped.path(), 1, 1, "not read: " + skipped.reason()
                        + "; an environment's budget files must be regular files inside the repository"));
            }
        }
        Map<String, Environment> environments = new TreeMap<>();
        for (String path : workspace.files()) {
            if (!isEnvironmentFile(path)) {
                continue;
            }
            String[] parts = path.split("/");
            String name = parts[1];
            String file = parts[2];
            Environment current = environments.getOrDefault(name, new Environment(name, null, null));
            if (isFile(file, BudgetLimits.FILE_NAME)) {
                BudgetLimits limits = read(workspace, path, problems, BudgetLimits::bind);
                current = new Environment(name, limits, current.overrides());
            } else {
                ModelOverrides overrides = read(workspace, path, problems, ModelOverrides::bind);
                current = new Environment(name, current.limits(), overrides);
            }
            environments.put(name, current);
        }
        return environments;
    }

    /** {@code environments/NAME/budget-limits.yaml} or {@code .../model-overrides.yaml} (or {@code .yml}). */
    private static boolean isEnvironmentFile(String path) {
        String[] parts = path.split("/");
        return parts.length == 3 && parts[0].equals(DIRECTORY)
                && (isFile(parts[2], BudgetLimits.FILE_NAME) || isFile(parts[2], ModelOverrides.FILE_NAME));
    }

    /** {@code budget-limits.yaml}, also spelled {@code .yml}. */
    private static boolean isFile(String file, String yamlName) {
        return file.equals(yamlName) || file.equals(yamlName.replace(".yaml", ".yml"));
    }

    private static <T> T read(Workspace workspace, String path, List<ConfigProblem> problems,
                              BiFunction<YamlFile.Binding, String, T> binder) {
        try {
            YamlFile.Binding binding = YamlFile.parse(SourceText.decode(workspace.readInput(path,
                    "the environment's budget file", InputFiles.CONFIG_LIMIT)).text(), path);
            T value = binder.apply(binding, path);
            binding.finish();
            return value;
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        } catch (InputFileException e) {
            problems.add(YamlFile.problem(e));
        }
        return null;
    }
}
