package dev.deploytrack.drift;

import dev.deploytrack.git.Git;
import dev.deploytrack.git.GitException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What drift asks git, each question one git process whatever the number of agents: which commit a revision names,
 * whether a commit is in the repository and another's ancestor, the object ids of many paths at many commits at once
 * ({@code cat-file --batch-check}), and the commits of the target's first-parent history that touched a set of paths
 * ({@code log --first-parent -m -- PATHS}): the order in which changes reached the branch, a merge or a squash
 * counting once, at the time it landed.
 */
public final class GitHistory {

    /** One commit of the first-parent history that touched some of the paths asked about. */
    public record Landed(String commit, Instant time, String subject, boolean merge, List<String> files) {

        public Landed {
            files = List.copyOf(files);
        }
    }

    /** A commit, for a list of subjects. */
    public record Commit(String commit, Instant time, String subject) {
    }

    private final Git git;

    private GitHistory(Git git) {
        this.git = git;
    }

    /** The repository containing {@code directory}, at its top directory. */
    public static GitHistory open(Path directory) throws DriftException {
        return open(new Git(directory));
    }

    /** The repository containing {@code git}'s directory, asked with that git (its executable and deadline). */
    static GitHistory open(Git git) throws DriftException {
        Path directory = git.directory();
        try {
            Git.Result top = git.exec(null, "rev-parse", "--show-toplevel");
            if (top.status() != 0) {
                throw new DriftException(directory + " is not in a git repository: drift compares commits",
                        "run it in the repository's clone (git clone, or actions/checkout with fetch-depth: 0)");
            }
            return new GitHistory(git.in(Path.of(top.text().strip())));
        } catch (GitException e) {
            throw new DriftException("cannot run git: " + e.getMessage(), "install git and put it on the PATH");
        }
    }

    /** The repository's top directory. */
    public Path top() {
        return git.directory();
    }

    Git git() {
        return git;
    }

    /** Whether this is a shallow clone, whose history stops before its first commit. */
    public boolean shallow() throws GitException {
        return git.line("rev-parse", "--is-shallow-repository").equals("true");
    }

    /** The commit {@code revision} names, or empty when it names none here. */
    public Optional<String> commit(String revision) throws GitException {
        if (revision.startsWith("-")) {
            return Optional.empty();
        }
        Git.Result result = git.exec(null, "rev-parse", "--verify", "--quiet", "--end-of-options",
                revision + "^{commit}");
        return result.status() == 0 ? Optional.of(result.text().strip()) : Optional.empty();
    }

    /** Whether {@code ancestor} is {@code descendant} or one of its ancestors. */
    public boolean isAncestor(String ancestor, String descendant) throws GitException {
        Git.Result result = git.exec(null, "merge-base", "--is-ancestor", ancestor, descendant);
        if (result.status() > 1) {
            throw new GitException("git merge-base failed: " + result.err());
        }
        return result.status() == 0;
    }

    /** The best common ancestor of two commits, or empty when their histories never meet. */
    public Optional<String> mergeBase(String a, String b) throws GitException {
        String[] args = {"merge-base", a, b};
        Git.Result result = git.exec(null, args);
        if (result.status() > 1) {
            throw Git.failed(args, result); // 1: no common ancestor; anything else: git could not answer
        }
        return result.status() == 0 ? Optional.of(result.text().strip()) : Optional.empty();
    }

    /**
     * The object id of each {@code COMMIT:PATH} (or any revision) asked, in one process; a missing one maps to
     * {@code null}. Equal ids mean equal content, for a file or a whole directory.
     */
    public Map<String, String> objectIds(Collection<String> specs) throws GitException {
        List<String> asked = new ArrayList<>(new java.util.LinkedHashSet<>(specs));
        Map<String, String> ids = new HashMap<>();
        StringBuilder input = new StringBuilder();
        List<String> sent = new ArrayList<>();
        for (String spec : asked) {
            if (spec.indexOf('\n') >= 0 || spec.indexOf('\r') >= 0) {
                ids.put(spec, null); // a path git's line protocol cannot carry is not one an agent has
            } else {
                input.append(spec).append('\n');
                sent.add(spec);
            }
        }
        if (sent.isEmpty()) {
            return ids;
        }
        Git.Result result = git.exec(input.toString().getBytes(StandardCharsets.UTF_8), "cat-file",
                "--batch-check=%(objectname) %(objecttype)");
        if (result.status() != 0) {
            throw new GitException("git cat-file failed: " + result.err());
        }
        String[] lines = result.text().split("\n", -1);
        for (int i = 0; i < sent.size(); i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean found = line.matches("[0-9a-f]{40,64} [a-z]+");
            ids.put(sent.get(i), found ? line : null);
        }
        return ids;
    }

    /**
     * The first-parent history of {@code target}, newest first, read until every commit of {@code wanted} was seen
     * (or to the end): where on the branch each deployed commit sits.
     */
    public List<String> firstParents(String target, Set<String> wanted) throws GitException {
        String[] args = {"rev-list", "--first-parent", "--end-of-options", target};
        List<String> commits = new ArrayList<>();
        Set<String> missing = new HashSet<>(wanted);
        try (Git.Running running = git.launch(null, args)) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(running.stdout(),
                    StandardCharsets.US_ASCII))) {
                for (String line; (line = out.readLine()) != null; ) {
                    commits.add(line);
                    missing.remove(line);
                    if (missing.isEmpty()) {
                        return commits; // the rest is not needed: closing stops git
                    }
                }
            } catch (IOException e) {
                // stopped at the deadline, or gone: finish() tells which
            }
            Git.Result result = running.finish(new byte[0]);
            if (result.status() != 0) {
                throw Git.failed(args, result);
            }
        }
        return commits;
    }

    /**
     * The commits of {@code target}'s first-parent history after {@code bottom} (all of it when {@code bottom} is
     * null) that touched {@code paths}, newest first, each with the files it changed among them (a merge against its
     * first parent: what it brought to the branch). Renames are not paired, so a moved file shows under both names.
     */
    public List<Landed> landed(String target, String bottom, Collection<String> paths) throws GitException {
        if (paths.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of("log", "--first-parent", "-m", "--no-renames", "--name-only",
                "-z", "--format=%x1e%H%x00%ct%x00%P%x00%s", target));
        if (bottom != null) {
            args.add("^" + bottom);
        }
        args.add("--");
        for (String path : paths) {
            args.add(":(literal)" + path);
        }
        byte[] out = git.run(args.toArray(String[]::new));
        List<Landed> landed = new ArrayList<>();
        for (String record : new String(out, StandardCharsets.UTF_8).split("\u001e")) {
            if (record.isEmpty()) {
                continue;
            }
            String[] fields = record.split("\0", -1);
            if (fields.length < 4) {
                continue;
            }
            List<String> files = new ArrayList<>();
            for (int i = 4; i < fields.length; i++) {
                String file = fields[i].startsWith("\n") ? fields[i].substring(1) : fields[i];
                if (!file.isEmpty()) {
                    files.add(file);
                }
            }
            landed.add(new Landed(fields[0], Instant.ofEpochSecond(Long.parseLong(fields[1].strip())), fields[3],
                    fields[2].strip().contains(" "), files));
        }
        return landed;
    }

    /** The commits in {@code from..to} that touched {@code paths}, merges left out, newest first. */
    public List<Commit> commits(String from, String to, Collection<String> paths) throws GitException {
        List<String> args = new ArrayList<>(List.of("log", "--no-merges", "--format=%H%x1f%ct%x1f%s",
                from == null ? to : from + ".." + to, "--"));
        for (String path : paths) {
            args.add(":(literal)" + path);
        }
        List<Commit> commits = new ArrayList<>();
        for (String line : new String(git.run(args.toArray(String[]::new)), StandardCharsets.UTF_8).split("\n")) {
            String[] fields = line.split("\u001f", 3);
            if (fields.length == 3) {
                commits.add(new Commit(fields[0], Instant.ofEpochSecond(Long.parseLong(fields[1])), fields[2]));
            }
        }
        return commits;
    }

    /** The files that differ between two commits among {@code paths}. */
    public List<String> changedFiles(String from, String to, Collection<String> paths) throws GitException {
        List<String> args = new ArrayList<>(List.of("diff", "--name-only", "--no-renames", "-z", from, to, "--"));
        for (String path : paths) {
            args.add(":(literal)" + path);
        }
        return Git.splitNul(git.run(args.toArray(String[]::new)));
    }

    /** The object ids of every path asked at one commit, in the order asked. */
    Map<String, String> objectIdsAt(String commit, Collection<String> paths) throws GitException {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String path : paths) {
            specs.put(path, commit + ":" + stripSlash(path));
        }
        Map<String, String> ids = objectIds(specs.values());
        Map<String, String> byPath = new LinkedHashMap<>();
        specs.forEach((path, spec) -> byPath.put(path, ids.get(spec)));
        return byPath;
    }

    static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
