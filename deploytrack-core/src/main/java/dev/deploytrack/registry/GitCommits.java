package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the commit being deployed when none is given: the variable the CI system sets ({@code GITHUB_SHA},
 * {@code CI_COMMIT_SHA}, {@code GIT_COMMIT}), else the {@code HEAD} of the project's git repository, read from
 * {@code .git} directly (no git executable needed; worktrees and packed refs included).
 */
public final class GitCommits {

    /** CI variables holding the commit a pipeline runs for: GitHub Actions, GitLab CI, Jenkins. */
    public static final List<String> VARIABLES = List.of("GITHUB_SHA", "CI_COMMIT_SHA", "GIT_COMMIT");

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private static final int MAX_PARENTS = 64;

    private GitCommits() {
    }

    /**
     * @param project     the project's directory, or {@code null}
     * @param environment the process environment
     */
    public static Optional<String> detect(Path project, Map<String, String> environment) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && SHA.matcher(value.trim()).matches()) {
                return Optional.of(value.trim());
            }
        }
        return project == null ? Optional.empty() : head(project);
    }

    /** The commit {@code HEAD} points to in the repository containing {@code directory}. */
    static Optional<String> head(Path directory) {
        try {
            Path current = directory.toAbsolutePath().normalize();
            for (int i = 0; current != null && i < MAX_PARENTS; i++, current = current.getParent()) {
                Path dotGit = current.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return resolve(dotGit, dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    String pointer = read(dotGit);
                    if (!pointer.startsWith("gitdir:")) {
                        return Optional.empty();
                    }
                    Path gitDir = current.resolve(pointer.substring("gitdir:".length()).trim()).normalize();
                    Path common = Files.isRegularFile(gitDir.resolve("commondir"))
                            ? gitDir.resolve(read(gitDir.resolve("commondir"))).normalize() : gitDir;
                    return resolve(gitDir, common);
                }
            }
        } catch (IOException | RuntimeException e) {
            // No readable repository: the deployment is recorded without a commit.
        }
        return Optional.empty();
    }

    private static Optional<String> resolve(Path gitDir, Path commonDir) throws IOException {
        String head = read(gitDir.resolve("HEAD"));
        if (SHA.matcher(head).matches()) {
            return Optional.of(head);
        }
        if (!head.startsWith("ref:")) {
            return Optional.empty();
        }
        String ref = head.substring("ref:".length()).trim();
        if (!ref.startsWith("refs/") || ref.contains("..")) {
            return Optional.empty();
        }
        for (Path dir : List.of(gitDir, commonDir)) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String sha = read(loose);
                return SHA.matcher(sha).matches() ? Optional.of(sha) : Optional.empty();
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && parts[1].equals(ref) && SHA.matcher(parts[0]).matches()) {
                    return Optional.of(parts[0]);
                }
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > 4096) {
            throw new IOException(file + " is too large to be a git pointer");
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
}
