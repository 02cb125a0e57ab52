package dev.deploytrack.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a repository keeps its working tree, index and objects. Found without starting git in the usual cases (git
 * runs hooks at the top of the working tree, and sets GIT_INDEX_FILE when it commits from a temporary index), with
 * {@code git rev-parse} as the fallback. Linked worktrees (a {@code .git} file and a {@code commondir}) are handled.
 *
 * @param root          the top of the working tree
 * @param index         the index file the commit is built from
 * @param objects       the object directory
 * @param fastPathSafe  whether the index and loose objects may be read directly (not a SHA-256 repository)
 */
record GitLayout(Path root, Path index, Path objects, boolean fastPathSafe) {

    static GitLayout locate(Path directory, Map<String, String> environment) throws GitException {
        Path cwd = directory.toAbsolutePath().normalize();
        Path root;
        Path gitDir;
        String gitDirVariable = environment.get("GIT_DIR");
        if (gitDirVariable != null && !gitDirVariable.isEmpty()) {
            gitDir = cwd.resolve(gitDirVariable).normalize();
            String workTree = environment.get("GIT_WORK_TREE");
            root = workTree == null || workTree.isEmpty() ? cwd : cwd.resolve(workTree).normalize();
        } else {
            Path dotGit = cwd.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                root = cwd;
                gitDir = dotGit;
            } else if (Files.isRegularFile(dotGit)) {
                root = cwd;
                gitDir = cwd.resolve(gitFileTarget(dotGit)).normalize();
            } else {
                Git git = new Git(cwd);
                String[] lines = git.line("rev-parse", "--show-toplevel", "--absolute-git-dir").split("\n");
                if (lines.length < 2) {
                    throw new GitException("git rev-parse did not name the repository of " + cwd);
                }
                root = Path.of(lines[0].strip());
                gitDir = Path.of(lines[1].strip());
            }
        }
        Path commonDir = commonDir(gitDir);
        String indexVariable = environment.get("GIT_INDEX_FILE");
        Path index = indexVariable == null || indexVariable.isEmpty() ? gitDir.resolve("index")
                : cwd.resolve(indexVariable).normalize();
        String objectsVariable = environment.get("GIT_OBJECT_DIRECTORY");
        Path objects = objectsVariable == null || objectsVariable.isEmpty() ? commonDir.resolve("objects")
                : cwd.resolve(objectsVariable).normalize();
        return new GitLayout(root, index, objects, !usesSha256(commonDir));
    }

    private static Path gitFileTarget(Path dotGit) throws GitException {
        try {
            String content = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!content.startsWith("gitdir:")) {
                throw new GitException(dotGit + " is not a git file");
            }
            return Path.of(content.substring("gitdir:".length()).strip());
        } catch (IOException e) {
            throw new GitException("cannot read " + dotGit + ": " + e.getMessage(), e);
        }
    }

    private static Path commonDir(Path gitDir) {
        Path file = gitDir.resolve("commondir");
        try {
            return Files.isRegularFile(file) ? gitDir.resolve(Files.readString(file).strip()).normalize() : gitDir;
        } catch (IOException e) {
            return gitDir;
        }
    }

    /** SHA-256 repositories declare {@code extensions.objectFormat}; their object names are not 20 bytes. */
    private static boolean usesSha256(Path commonDir) {
        try {
            return Files.readString(commonDir.resolve("config"), StandardCharsets.UTF_8).toLowerCase()
                    .contains("objectformat");
        } catch (IOException e) {
            return false;
        }
    }
}
