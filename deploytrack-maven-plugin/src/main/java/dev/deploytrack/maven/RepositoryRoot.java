package dev.deploytrack.maven;

import dev.deploytrack.config.DeploytrackConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.maven.artifact.repository.ArtifactRepository;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Which repository a goal checks when {@code deploytrack.directory} is not given: the agent configuration of a
 * repository lives at its root, next to the top POM, and a module is only a part of it.
 *
 * <ol>
 *   <li>Without a POM (a goal run from the command line on a plain directory): the current directory.</li>
 *   <li>Otherwise the top of the Maven build that holds the project: the highest of its own directory, the
 *       directories of its parent POMs found on disk (the usual {@code ../pom.xml}), and the directory Maven was
 *       started in, among those that contain the project. From a module directory ({@code cd shop-api && mvn
 *       verify}) the parent POMs lead back to the root.</li>
 *   <li>When that directory has no {@code deploytrack.yml}, the nearest directory above it with one, up to the top
 *       of the git work tree (never above it): a module whose parent POM comes from a repository still finds the
 *       repository's configuration.</li>
 * </ol>
 */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path locate(File explicit, MavenProject project, MavenSession session) {
        if (explicit != null) {
            return explicit.toPath().toAbsolutePath().normalize();
        }
        if (!hasPom(project)) {
            return workingDirectory(session);
        }
        Path start = normalize(project.getBasedir());
        Path top = start;
        Path localRepository = localRepository(session);
        for (MavenProject current = project; current != null && current.getParentFile() != null;
             current = current.getParent()) {
            Path parentDirectory = normalize(current.getParentFile()).getParent();
            if (parentDirectory == null || !start.startsWith(parentDirectory)
                    || (localRepository != null && parentDirectory.startsWith(localRepository))) {
                break;
            }
            top = higher(top, parentDirectory);
        }
        String executionRoot = session == null ? null : session.getExecutionRootDirectory();
        if (executionRoot != null) {
            Path directory = Paths.get(executionRoot).toAbsolutePath().normalize();
            if (start.startsWith(directory)) {
                top = higher(top, directory);
            }
        }
        return configuredAbove(top, gitTop(start));
    }

    /** True for a project read from a POM file; Maven's stand-in project for a run without a POM has none. */
    static boolean hasPom(MavenProject project) {
        return project != null && project.getFile() != null && project.getBasedir() != null;
    }

    static Path workingDirectory(MavenSession session) {
        String directory = session == null ? null : session.getExecutionRootDirectory();
        return Paths.get(directory != null ? directory : System.getProperty("user.dir")).toAbsolutePath().normalize();
    }

    private static Path configuredAbove(Path top, Path gitTop) {
        if (gitTop == null || Files.exists(top.resolve(DeploytrackConfig.FILE_NAME))) {
            return top;
        }
        for (Path directory = top.getParent(); directory != null && directory.startsWith(gitTop);
             directory = directory.getParent()) {
            if (Files.exists(directory.resolve(DeploytrackConfig.FILE_NAME))) {
                return directory;
            }
        }
        return top;
    }

    /** The nearest directory at or above {@code start} holding {@code .git} (a directory, or a file in a worktree). */
    static Path gitTop(Path start) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve(".git"))) {
                return directory;
            }
        }
        return null;
    }

    private static Path higher(Path a, Path b) {
        return a.getNameCount() <= b.getNameCount() ? a : b;
    }

    private static Path normalize(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }

    private static Path localRepository(MavenSession session) {
        ArtifactRepository repository = session == null ? null : session.getLocalRepository();
        return repository == null || repository.getBasedir() == null ? null
                : Paths.get(repository.getBasedir()).toAbsolutePath().normalize();
    }
}
