package dev.deploytrack.git;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.ScopedWorkspace;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The pre-commit hook's check: every check of {@code validate}, on the content staged in the git index. The
 * configuration is the staged {@code deploytrack.yml} too (so a commit that changes the configuration is judged by
 * it); when the file is not tracked, the working-tree file is used, and defaults when there is none. When the
 * pre-commit framework names files, those files are checked as they are in the working tree instead
 * ({@link #runOnFiles}).
 */
public final class PreCommitCheck {

    private PreCommitCheck() {
    }

    /** The outcome: the report, and the configuration that decides whether it blocks the commit. */
    public record Result(Report report, DeploytrackConfig config, int stagedFiles) {

        public boolean blocksCommit() {
            return config.fails(report);
        }
    }

    /**
     * Checks what is staged in the repository containing {@code directory}.
     *
     * @param environment git's environment for the hook (GIT_DIR, GIT_INDEX_FILE...)
     * @param overrides   applied to the configuration read from the repository (e.g. {@code --strict})
     */
    public static Result run(Path directory, Map<String, String> environment,
                             UnaryOperator<DeploytrackConfig> overrides) throws IOException, ConfigException {
        return run(directory, environment, null, overrides);
    }

    /**
     * As {@link #run(Path, Map, UnaryOperator)}, with the staged paths already known (from the launcher), or
     * {@code null} to ask git.
     */
    public static Result run(Path directory, Map<String, String> environment, List<String> stagedPaths,
                             UnaryOperator<DeploytrackConfig> overrides) throws IOException, ConfigException {
        try (StagedWorkspace index = StagedWorkspace.open(directory, environment, stagedPaths)) {
            DeploytrackConfig config = overrides.apply(stagedConfig(index));
            StagedWorkspace workspace = index.excluding(config.excludes());
            Report report = new Validator(config).validate(workspace);
            return new Result(report, config, workspace.stagedFiles().size());
        }
    }

    /**
     * Checks the named files as they are in the working tree of the repository containing {@code directory}: what
     * the pre-commit framework asks for when it passes file names ({@code pre-commit run --all-files} names every
     * tracked file, with nothing staged). The configuration is the working tree's {@code deploytrack.yml}.
     *
     * @param files paths relative to {@code directory} (the framework runs hooks at the repository's top)
     */
    public static Result runOnFiles(Path directory, Map<String, String> environment, List<String> files,
                                    UnaryOperator<DeploytrackConfig> overrides) throws IOException, ConfigException {
        Path root = GitLayout.locate(directory, environment).root().toAbsolutePath().normalize();
        DeploytrackConfig config = overrides.apply(ConfigLoader.load(root, null));
        Set<String> scope = new HashSet<>();
        Path base = directory.toAbsolutePath().normalize();
        for (String file : files) {
            Path path = base.resolve(file).normalize();
            if (path.startsWith(root) && !path.equals(root)) {
                scope.add(root.relativize(path).toString().replace('\\', '/'));
            }
        }
        ScopedWorkspace workspace = new ScopedWorkspace(
                DirectoryWorkspace.scan(root, config.excludes(), config.maxDepth()), scope);
        Report report = new Validator(config).validate(workspace);
        return new Result(report, config, workspace.checkedFiles().size());
    }

    private static DeploytrackConfig stagedConfig(StagedWorkspace index) throws IOException, ConfigException {
        String name = DeploytrackConfig.FILE_NAME;
        if (!index.contains(name)) {
            return ConfigLoader.load(index.root(), null);
        }
        return ConfigLoader.parse(SourceText.decode(index.read(name)).text(), name);
    }
}
