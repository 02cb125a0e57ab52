package dev.deploytrack.git;

import dev.deploytrack.workspace.Glob;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one commit, or of one directory in it, read from git's objects and never from the working tree: what
 * an agent looked like when it was deployed, or at the commit a deployment would ship. One {@code git ls-tree} lists
 * the files with their object ids and sizes; one long-lived {@code git cat-file --batch} reads the ones asked for.
 * Submodules and symbolic links are left out (a link's target is a path, not the content a deployment ships).
 * Close the workspace to end the reading process.
 */
public final class CommitWorkspace implements Workspace, AutoCloseable {

    private static final int SYMLINK_MODE = 0120000;

    private final Path root;
    private final String commit;
    private final List<String> files;
    private final Map<String, String> objectIds;
    private final Map<String, Long> sizes;
    private final List<SkippedFile> skipped;
    private final Git git;
    private CatFile catFile;

    private CommitWorkspace(Path root, String commit, List<String> files, Map<String, String> objectIds,
                            Map<String, Long> sizes, List<SkippedFile> skipped, Git git) {
        this.root = root;
        this.commit = commit;
        this.files = files;
        this.objectIds = objectIds;
        this.sizes = sizes;
        this.skipped = skipped;
        this.git = git;
    }

    /**
     * The files of {@code commit} under {@code directory}.
     *
     * @param git       git in the repository's top directory
     * @param commit    a commit id (or any revision git resolves to one)
     * @param directory the directory within the repository, {@code ""} for all of it; the workspace's paths are
     *                  relative to it, as a workspace on disk at {@code root} has them
     * @param root      the directory on disk the paths are relative to, for messages and configuration
     * @param excludes  paths (relative to {@code directory}) left out
     */
    public static CommitWorkspace open(Git git, String commit, String directory, Path root, List<Glob> excludes)
            throws GitException {
        if (commit.startsWith("-")) {
            // Revisions can come from a registry anyone may edit: one written as an option is never one.
            throw new GitException("'" + commit + "' is not a commit; nothing was read");
        }
        String prefix = directory.isEmpty() || directory.endsWith("/") ? directory : directory + "/";
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--long", "--full-tree", commit));
        if (!prefix.isEmpty()) {
            args.add("--");
            args.add(prefix);
        }
        byte[] listing = git.run(args.toArray(String[]::new));
        List<String> files = new ArrayList<>();
        Map<String, String> objectIds = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        List<SkippedFile> skipped = new ArrayList<>();
        // "<mode> <type> <object> <size>\t<path>" per entry
        for (String entry : Git.splitNul(listing)) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] fields = entry.substring(0, tab).trim().split(" +");
            String path = entry.substring(tab + 1);
            if (!path.startsWith(prefix) || fields.length < 4) {
                continue;
            }
            String relative = path.substring(prefix.length());
            if (Glob.anyMatches(excludes, relative)) {
                continue;
            }
            if (!fields[1].equals("blob") || Integer.parseInt(fields[0], 8) == SYMLINK_MODE) {
                skipped.add(new SkippedFile(relative, fields[1].equals("commit") ? "a submodule; not read"
                        : "a symbolic link in the commit; not followed"));
                continue;
            }
            files.add(relative);
            objectIds.put(relative, fields[2]);
            sizes.put(relative, Long.parseLong(fields[3]));
        }
        files.sort(null);
        return new CommitWorkspace(root, commit, List.copyOf(files), objectIds, sizes, List.copyOf(skipped), git);
    }

    /** The commit the files are read from. */
    public String commit() {
        return commit;
    }

    /** The object id of a file (equal ids, equal content). */
    public String objectId(String path) {
        return objectIds.get(path);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public long size(String path) throws IOException {
        Long size = sizes.get(path);
        if (size == null) {
            throw new GitException(path + " is not in commit " + commit);
        }
        return size;
    }

    /** Synchronized: the secret scan reads from several threads, and one cat-file process answers in turn. */
    @Override
    public synchronized byte[] read(String path) throws IOException {
        String id = objectIds.get(path);
        if (id == null) {
            throw new GitException(path + " is not in commit " + commit);
        }
        if (catFile == null) {
            catFile = new CatFile(git);
        }
        byte[] content = catFile.read(id, Long.MAX_VALUE).content();
        if (content == null) {
            throw new GitException("cannot read " + path + " of commit " + commit);
        }
        return content;
    }

    @Override
    public List<SkippedFile> skipped() {
        return skipped;
    }

    @Override
    public synchronized void close() {
        if (catFile != null) {
            catFile.close();
            catFile = null;
        }
    }

    @Override
    public String toString() {
        return "commit " + commit + " at " + root;
    }
}
