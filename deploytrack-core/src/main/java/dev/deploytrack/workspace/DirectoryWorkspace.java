package dev.deploytrack.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A directory tree on disk, listed once. Skips {@code .git}, {@code target}, {@code node_modules} and configured
 * excludes; never descends into a symlinked directory (no cycles, no escape) and lists a symlinked file only when
 * its target lies inside the root; stops at a bounded depth.
 */
public final class DirectoryWorkspace implements Workspace {

    /** Directory names never entered, wherever they appear. */
    public static final Set<String> ALWAYS_SKIPPED = Set.of(".git", "target", "node_modules");

    public static final int DEFAULT_MAX_DEPTH = 32;

    private static final String NOT_REGULAR = "not a regular file (a named pipe, socket or device); not read";

    private final Path root;
    private final List<String> files;
    private final Map<String, Path> locations;
    private final List<SkippedFile> skipped;

    private DirectoryWorkspace(Path root, List<String> files, Map<String, Path> locations, List<SkippedFile> skipped) {
        this.root = root;
        this.files = files;
        this.locations = locations;
        this.skipped = skipped;
    }

    /**
     * Lists the tree under {@code root}.
     *
     * @param excludes paths to leave out (see {@link Glob})
     * @param maxDepth directories deeper than this are not entered
     * @throws IOException if {@code root} is not a readable directory
     */
    public static DirectoryWorkspace scan(Path root, List<Glob> excludes, int maxDepth) throws IOException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absoluteRoot)) {
            throw new IOException(root + " is not a directory");
        }
        Path realRoot = absoluteRoot.toRealPath();
        List<String> files = new ArrayList<>();
        Map<String, Path> locations = new HashMap<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Files.walkFileTree(absoluteRoot, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(absoluteRoot)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(absoluteRoot, dir);
                if (ALWAYS_SKIPPED.contains(dir.getFileName().toString()) || Glob.anyMatches(excludes, relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (dir.getNameCount() - absoluteRoot.getNameCount() > maxDepth) {
                    skipped.add(new SkippedFile(relative, "deeper than " + maxDepth + " directories; not checked"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(absoluteRoot, file);
                if (Glob.anyMatches(excludes, relative)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    visitSymlink(file, relative);
                } else if (attrs.isRegularFile()) {
                    files.add(relative);
                    locations.put(relative, file);
                } else if (attrs.isOther()) {
                    skipped.add(new SkippedFile(relative, NOT_REGULAR));
                }
                return FileVisitResult.CONTINUE;
            }

            private void visitSymlink(Path link, String relative) {
                try {
                    Path target = link.toRealPath();
                    if (!target.startsWith(realRoot)) {
                        skipped.add(new SkippedFile(relative, "symlink points outside the repository; not followed"));
                    } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                        files.add(relative);
                        locations.put(relative, target);
                    } else if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                        skipped.add(new SkippedFile(relative, "symlink to " + NOT_REGULAR));
                    }
                    // A symlink to a directory inside the root: its files are listed under their real path.
                } catch (IOException e) {
                    skipped.add(new SkippedFile(relative, "broken symlink; not followed"));
                }
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.add(new SkippedFile(relative(absoluteRoot, file), "cannot be read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(files);
        return new DirectoryWorkspace(absoluteRoot, List.copyOf(files), locations, List.copyOf(skipped));
    }

    /**
     * One file, as a workspace rooted at its directory: {@code validate path/to/SKILL.md} checks that file alone, with
     * the directory's name as the skill's directory.
     */
    public static DirectoryWorkspace singleFile(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IOException(file + " is not a file");
        }
        String name = absolute.getFileName().toString();
        // A file named on the command line is the user's choice: a link to it is followed once, here.
        return new DirectoryWorkspace(absolute.getParent(), List.of(name), Map.of(name, absolute.toRealPath()),
                List.of());
    }

    static String relative(Path root, Path path) {
        // The walk's paths are the root's resolved with names, so their text starts with the root's and a separator:
        // cutting that off gives what relativize gives, without building a path for each of thousands of files.
        String rootText = root.toString();
        String text = path.toString();
        String separator = path.getFileSystem().getSeparator();
        String relative;
        if (text.startsWith(rootText) && rootText.endsWith(separator)) {
            relative = text.substring(rootText.length());
        } else if (text.startsWith(rootText) && text.startsWith(separator, rootText.length())) {
            relative = text.substring(rootText.length() + separator.length());
        } else {
            relative = root.relativize(path).toString();
        }
        return separator.equals("/") ? relative : relative.replace('\\', '/');
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
        return Files.size(location(path));
    }

    /**
     * Reads a listed file. Checked again for being a regular file right before it is opened: a file replaced by a
     * named pipe since the listing would block the open, and by a link could lead outside.
     */
    @Override
    public byte[] read(String path) throws IOException {
        Path location = location(path);
        if (!Files.isRegularFile(location, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(path + " is no longer a regular file");
        }
        return Files.readAllBytes(location);
    }

    /**
     * Reads through one channel into the buffer's array: no array per file, the file read once. Checked for being a
     * regular file and opened without following links, as {@link #read(String)} reads.
     */
    @Override
    public void read(String path, ReadBuffer buffer) throws IOException {
        Path location = location(path);
        if (!Files.isRegularFile(location, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(path + " is no longer a regular file");
        }
        try (FileChannel channel = FileChannel.open(location, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException(path + " is too large to read (" + size + " bytes)");
            }
            byte[] bytes = buffer.capacity((int) size + 1);
            int length = 0;
            while (true) {
                if (length == bytes.length) { // the file grew while it was read
                    byte[] larger = java.util.Arrays.copyOf(bytes, bytes.length * 2);
                    buffer.set(larger, length);
                    bytes = larger;
                }
                int read = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
                if (read < 0) {
                    break;
                }
                length += read;
            }
            buffer.set(bytes, length);
        }
    }

    @Override
    public List<SkippedFile> skipped() {
        return skipped;
    }

    private Path location(String path) throws IOException {
        Path location = locations.get(path);
        if (location == null) {
            throw new IOException(path + " is not a file of this workspace");
        }
        return location;
    }
}
