package dev.deploytrack.drift;

import dev.deploytrack.registry.ProjectEntry;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which project of the registry a drift (or request) is about, and where its files are in the git repository: the
 * project named, the one whose directory was given, or without either the repository itself (a project recorded at
 * {@code .}) or the registry's only project. Both front doors resolve it here.
 *
 * @param name      the project's name in the registry
 * @param directory its directory within the git repository, {@code ""} for the repository's top
 */
public record ProjectScope(String name, String directory) {

    /**
     * @param root        the registry's root (where deploytrack.yml is); recorded project paths are relative to it
     * @param name        the name given, or {@code null}
     * @param projectPath the directory given, or {@code null}
     * @param gitTop      the repository's top directory
     */
    public static ProjectScope resolve(Registry registry, Path root, String name, Path projectPath, Path gitTop)
            throws DriftException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        String chosen = name;
        Path directory = projectPath == null ? null : projectPath.toAbsolutePath().normalize();
        if (chosen == null && directory != null) {
            for (ProjectEntry project : registry.projects()) {
                if (project.path() != null && absoluteRoot.resolve(project.path()).normalize().equals(directory)) {
                    chosen = project.name();
                }
            }
            if (chosen == null) {
                chosen = directory.getFileName() == null ? null : directory.getFileName().toString();
            }
        }
        if (chosen == null) {
            chosen = defaultProject(registry.projects(), absoluteRoot);
        }
        Optional<ProjectEntry> entry = registry.project(chosen);
        if (directory == null) {
            String recorded = entry.map(ProjectEntry::path).orElse(null);
            directory = recorded == null ? absoluteRoot : absoluteRoot.resolve(recorded).normalize();
        }
        Path top = gitTop.toAbsolutePath().normalize();
        if (!directory.startsWith(top)) {
            throw new DriftException("the project " + chosen + " (" + directory + ") is not in the git repository "
                    + top, "run drift in the repository that holds the project's agents");
        }
        return new ProjectScope(chosen, top.relativize(directory).toString().replace('\\', '/'));
    }

    private static String defaultProject(List<ProjectEntry> projects, Path root) throws DriftException {
        for (ProjectEntry project : projects) {
            if (project.path() != null && root.resolve(project.path()).normalize().equals(root)) {
                return project.name();
            }
        }
        if (projects.size() == 1) {
            return projects.get(0).name();
        }
        String rootName = root.getFileName() == null ? "" : root.getFileName().toString();
        for (ProjectEntry project : projects) {
            if (rootName.equals(project.name())) {
                return project.name();
            }
        }
        throw new DriftException(Message.of("the registry holds " + projects.size() + " projects; name one (",
                Message.option(Setting.PROJECT_NAME, "NAME"), " or ", Message.option(Setting.PROJECT_PATH, "PATH"),
                ")" + (projects.isEmpty() ? "" : ": " + String.join(", ", projects.stream().limit(10)
                        .map(ProjectEntry::name).toList()) + (projects.size() > 10 ? ", ..." : ""))), null);
    }
}
