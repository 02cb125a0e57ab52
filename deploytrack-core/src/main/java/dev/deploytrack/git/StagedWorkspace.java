package dev.deploytrack.git;

import dev.deploytrack.workspace.Glob;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is about to be committed: the files of the git index, read from their staged blobs, never the working tree.
 * Every tracked file is listed (budgets that sum over files see staged versions of staged files and committed
 * versions of the rest), but only files added, modified or renamed in the index are in scope for checking. Deleted
 * files are gone from the index; a renamed file is in scope under its new name; submodules (gitlinks), symlinks and
 * unmerged entries are left out.
 *
 * <p>Fast, because a hook that takes a second gets switched off: the index file and the loose objects {@code git add}
 * writes are read directly, and git is started once, for {@code diff-index --cached} (which files are staged), while
 * the index is parsed. Blobs that are not loose (packed) come from one long-lived {@code git cat-file --batch}, never
 * one process per file. Close the workspace to end that process.
 */
public final class StagedWorkspace implements Workspace, AutoCloseable {

    /** The object id of the empty tree: what the first commit of a repository is compared with. */
    private static final String EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    private final Path root;
    private final List<String> files;
    private final Map<String, String> objectIds;
    private final Set<String> staged;
    private final List<SkippedFile> skipped;
    private final BlobStore blobs;

    private StagedWorkspace(Path root, List<String> files, Map<String, String> objectIds, Set<String> staged,
                            List<SkippedFile> skipped, BlobStore blobs) {
        this.root = root;
        this.files = files;
        this.objectIds = objectIds;
        this.staged = staged;
        this.skipped = skipped;
        this.blobs = blobs;
    }

    /** Opens the index of the repository containing {@code directory}, as git's environment describes it. */
    public static StagedWorkspace open(Path directory, Map<String, String> environment) throws GitException {
        return open(directory, environment, null);
    }

    /**
     * Opens the index, with the staged paths already known: the launcher runs {@code git diff-index} while the JVM
     * starts and passes its output in ({@link StagedPathList}), which spares the JVM its first, slow process start.
     *
     * @param stagedPaths the paths {@code git diff-index --cached} reported, or {@code null} to run it here
     */
    public static StagedWorkspace open(Path directory, Map<String, String> environment, List<String> stagedPaths)
            throws GitException {
        GitLayout layout = GitLayout.locate(directory, environment);
        Git git = new Git(layout.root());
        Git.Running diff = stagedPaths != null ? null : git.launch(null, "diff-index", "--cached", "--name-only",
                "-z", "--no-renames", "--diff-filter=d", "HEAD", "--");
        Optional<List<IndexEntry>> parsed = layout.fastPathSafe() ? IndexFile.read(layout.index()) : Optional.empty();
        List<IndexEntry> entries = parsed.isPresent() ? parsed.get() : listWithGit(git);
        Map<String, String> objectIds = new HashMap<>();
        List<String> files = new ArrayList<>();
        Set<String> unmerged = new HashSet<>();
        for (IndexEntry entry : entries) {
            if (entry.stage() != 0) {
                unmerged.add(entry.path());
            } else if (entry.isCheckableFile()) {
                files.add(entry.path());
                objectIds.put(entry.path(), entry.objectId());
            }
        }
        files.sort(null);
        List<SkippedFile> skipped = unmerged.stream().sorted()
                .map(path -> new SkippedFile(path, "has merge conflicts in the index; resolve them first")).toList();
        Set<String> staged = new HashSet<>(stagedPaths != null ? stagedPaths : stagedPaths(git, diff));
        staged.retainAll(objectIds.keySet());
        BlobStore blobs = new BlobStore(layout.fastPathSafe() ? new LooseObjects(layout.objects()) : null, git);
        return new StagedWorkspace(layout.root(), List.copyOf(files), objectIds, Set.copyOf(staged), skipped, blobs);
    }

    /** The same index without the files matching {@code excludes} (from the configuration read from it). */
    public StagedWorkspace excluding(List<Glob> excludes) {
        if (excludes.isEmpty()) {
            return this;
        }
        List<String> kept = files.stream().filter(path -> !Glob.anyMatches(excludes, path)).toList();
        return new StagedWorkspace(root, kept, objectIds, staged, skipped, blobs);
    }

    private static List<IndexEntry> listWithGit(Git git) throws GitException {
        List<IndexEntry> entries = new ArrayList<>();
        // "<mode> <object> <stage>\t<path>" per entry
        for (String line : Git.splitNul(git.run("ls-files", "--stage", "-z"))) {
            int tab = line.indexOf('\t');
            String[] fields = line.substring(0, tab).split(" ");
            entries.add(new IndexEntry(line.substring(tab + 1), Integer.parseInt(fields[0], 8), fields[1],
                    Integer.parseInt(fields[2])));
        }
        return entries;
    }

    private static List<String> stagedPaths(Git git, Git.Running diff) throws GitException {
        try (diff) {
            byte[] output;
            try {
                output = diff.stdout().readAllBytes();
            } catch (IOException e) {
                output = new byte[0]; // stopped at the deadline, or gone: finish() tells which
            }
            Git.Result result = diff.finish(output);
            if (result.status() == 0) {
                return Git.splitNul(output);
            }
            if (!result.err().contains("HEAD")) {
                throw new GitException("git diff-index failed: " + result.err());
            }
        }
        // No HEAD yet: the first commit, compared with the empty tree.
        return Git.splitNul(git.run("diff-index", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=d",
                EMPTY_TREE, "--"));
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<String> files() {
        return files;
    }

    /** Only what this commit adds or changes is checked. */
    @Override
    public boolean inScope(String path) {
        return staged.contains(path);
    }

    /** The staged files that are checked (added, modified, renamed to; excludes applied), sorted. */
    public List<String> stagedFiles() {
        return files.stream().filter(staged::contains).toList();
    }

    @Override
    public long size(String path) throws IOException {
        return blobs.size(objectId(path));
    }

    @Override
    public byte[] read(String path) throws IOException {
        return blobs.read(objectId(path));
    }

    /** Whether {@code path} is a tracked file with content in the index. */
    public boolean contains(String path) {
        return objectIds.containsKey(path);
    }

    @Override
    public List<SkippedFile> skipped() {
        return skipped;
    }

    private String objectId(String path) throws GitException {
        String id = objectIds.get(path);
        if (id == null) {
            throw new GitException(path + " is not in the index");
        }
        return id;
    }

    @Override
    public void close() {
        blobs.close();
    }

    /**
     * Blob contents by object id: loose objects read directly, the rest through one {@code cat-file --batch}. A size
     * query reads the blob and keeps small contents for the read that follows it. Synchronized: the secret scan
     * reads from several threads, and the cat-file process answers one request at a time.
     */
    private static final class BlobStore implements AutoCloseable {

        private static final long KEEP_AFTER_SIZE_QUERY = 4L << 20;

        private final LooseObjects loose;
        private final Git git;
        private final Map<String, CatFile.Blob> sized = new HashMap<>();
        private CatFile catFile;

        BlobStore(LooseObjects loose, Git git) {
            this.loose = loose;
            this.git = git;
        }

        synchronized long size(String objectId) throws GitException {
            CatFile.Blob blob = sized.get(objectId);
            if (blob == null) {
                blob = fetch(objectId, KEEP_AFTER_SIZE_QUERY);
                sized.put(objectId, blob);
            }
            return blob.size();
        }

        synchronized byte[] read(String objectId) throws GitException {
            CatFile.Blob blob = sized.remove(objectId);
            if (blob != null && blob.content() != null) {
                return blob.content();
            }
            byte[] content = fetch(objectId, Long.MAX_VALUE).content();
            if (content == null) {
                throw new GitException("the staged object " + objectId + " is too large to read");
            }
            return content;
        }

        private CatFile.Blob fetch(String objectId, long maxBytes) throws GitException {
            CatFile.Blob blob = loose == null ? null : loose.blob(objectId, maxBytes);
            if (blob != null) {
                return blob;
            }
            if (catFile == null) {
                catFile = new CatFile(git);
            }
            return catFile.read(objectId, maxBytes);
        }

        @Override
        public synchronized void close() {
            if (catFile != null) {
                catFile.close();
                catFile = null;
            }
        }
    }
}
