package dev.deploytrack.fix;

import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.workspace.Glob;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.List;

/**
 * Writes fixed files: only regular files inside the repository, never through a symbolic link, never in
 * {@code .git} or an excluded path, each atomically (a temporary file beside it, then a rename) and only when the
 * file still holds the bytes the fix was computed from: a file changed meanwhile is left as it is.
 */
final class FileRewrite {

    /** Refused: the file is not one deploytrack writes, or it changed since it was read. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    private final Path root;
    private final List<Glob> excludes;

    FileRewrite(Path root, List<Glob> excludes) {
        this.root = root.toAbsolutePath().normalize();
        this.excludes = excludes;
    }

    /**
     * Why {@code path} may not be written, or null when it may: it must be a regular file reached from the
     * repository root without a symbolic link, outside {@code .git} and the configured excludes.
     */
    String refusal(String path) {
        String refusal = pathRefusal(path);
        if (refusal != null) {
            return refusal;
        }
        try {
            if (InputFiles.regularFile(root, root.resolve(path).normalize(), path, "the file").isEmpty()) {
                return "it no longer exists";
            }
        } catch (InputFileException e) {
            return e.getMessage();
        }
        return null;
    }

    /** Why {@code path} is not a place deploytrack writes: .git, an exclude, outside the root, through a link. */
    private String pathRefusal(String path) {
        for (String segment : path.split("/")) {
            if (segment.equals(".git")) {
                return "it is inside .git";
            }
            if (segment.equals("..") || segment.isEmpty()) {
                return "its path leaves the repository";
            }
        }
        if (Glob.anyMatches(excludes, path)) {
            return "it is excluded in deploytrack.yml";
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            return "it is outside the repository";
        }
        for (Path at = file; !at.equals(root); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                return (at.equals(file) ? "it is" : "its directory " + root.relativize(at) + " is")
                        + " a symbolic link; deploytrack never writes through links";
            }
        }
        return null;
    }

    /**
     * Replaces the content of {@code path}, which must still be {@code expected}, with {@code replacement}.
     *
     * @throws Refused when the file may not be written or changed since it was read
     */
    void replace(String path, byte[] expected, byte[] replacement) throws Refused, IOException {
        String refusal = refusal(path);
        if (refusal != null) {
            throw new Refused(refusal);
        }
        Path file = root.resolve(path).normalize();
        requireUnchanged(path, file, expected);
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".deploytrack-fix");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(replacement);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(file, temp);
            // Checked again right before the rename: whatever wrote the file since it was read wins.
            requireUnchanged(path, file, expected);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames {@code from} to {@code to} (repository paths); {@code to} must not exist. */
    void rename(String from, String to) throws Refused, IOException {
        for (String path : new String[] {from, to}) {
            String refusal = path.equals(to) ? targetRefusal(to) : sourceRefusal(from);
            if (refusal != null) {
                throw new Refused(path + ": " + refusal);
            }
        }
        Files.move(root.resolve(from), root.resolve(to));
    }

    private String sourceRefusal(String path) {
        Path file = root.resolve(path).normalize();
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return pathRefusal(path);
        }
        return refusal(path);
    }

    private String targetRefusal(String path) {
        for (String segment : path.split("/")) {
            if (segment.equals(".git") || segment.equals("..") || segment.isEmpty()) {
                return "not a path deploytrack writes";
            }
        }
        if (Glob.anyMatches(excludes, path)) {
            return "it is excluded in deploytrack.yml";
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "it already exists";
        }
        for (Path at = file.getParent(); at != null && !at.equals(root); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                return "its directory is a symbolic link";
            }
        }
        return null;
    }

    private void requireUnchanged(String path, Path file, byte[] expected) throws Refused {
        byte[] current;
        try {
            current = InputFiles.read(root, file, path, "the file", expected.length + 1L);
        } catch (InputFileException e) {
            throw new Refused("it changed since deploytrack read it (" + e.getMessage() + "); not overwritten");
        }
        if (!Arrays.equals(current, expected)) {
            throw new Refused("it changed since deploytrack read it; not overwritten");
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
