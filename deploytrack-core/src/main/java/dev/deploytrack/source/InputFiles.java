package dev.deploytrack.source;

import dev.deploytrack.check.Sizes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The one way deploytrack reads its own input files (configuration, budgets, baselines, registries, pages): files
 * anyone can change in a pull request. Only a regular file is read; a symbolic link is followed only to a regular
 * file inside the directory the input belongs to; the size is checked against a limit before a byte is read, and
 * reading stops at the limit should the file grow meanwhile. Anything else is an {@link InputFileException} that
 * names the file and what to do, never a hang (a named pipe), an endless read ({@code /dev/zero}) or an
 * out-of-memory error (a 3 GB file).
 */
public final class InputFiles {

    /** deploytrack's own YAML files: {@code deploytrack.yml}, budget limits, model overrides, price tables. */
    public static final long CONFIG_LIMIT = 1L << 20;

    private InputFiles() {
    }

    /**
     * Reads {@code file}, which must exist.
     *
     * @param root        the directory the file belongs to, which a symbolic link must not leave; {@code null} for a
     *                    file the user named explicitly (on the command line or in a parameter), which may be
     *                    anywhere but must still be a regular file
     * @param displayName how messages name the file
     * @param what        what the file is, for messages ("the configuration", "the secrets baseline")
     * @param maxBytes    the largest size accepted
     */
    public static byte[] read(Path root, Path file, String displayName, String what, long maxBytes)
            throws InputFileException {
        return readIfPresent(root, file, displayName, what, maxBytes).orElseThrow(() -> new InputFileException(
                displayName, what + " does not exist", "check the path"));
    }

    /**
     * Reads {@code file} when there is nothing at its path; anything that is there but cannot be read as a regular
     * file inside {@code root} (a directory, a named pipe, a device, a link leaving the root, a broken link, a file
     * over the limit) is an error, never taken as absent.
     */
    public static Optional<byte[]> readIfPresent(Path root, Path file, String displayName, String what,
                                                 long maxBytes) throws InputFileException {
        Optional<Path> regular = regularFile(root, file, displayName, what);
        if (regular.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(readBounded(regular.get(), displayName, what, maxBytes));
    }

    /**
     * The real path of the regular file at {@code file}, or empty when nothing is there.
     *
     * @throws InputFileException when something is there that deploytrack does not read
     */
    public static Optional<Path> regularFile(Path root, Path file, String displayName, String what)
            throws InputFileException {
        requireInside(root, file, displayName, what);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new InputFileException(displayName, "cannot read " + what + ": " + IoProblems.describe(e),
                    IoProblems.hint(e));
        }
        Path target = file;
        if (attributes.isSymbolicLink()) {
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                throw new InputFileException(displayName, what + " is a symbolic link that points nowhere",
                        "replace the link with the file itself");
            }
            if (root != null && !target.startsWith(realRoot(root, displayName, what))) {
                throw new InputFileException(displayName, what + " is a symbolic link to a file outside the "
                        + "repository; deploytrack reads only files inside it",
                        "replace the link with a copy of the file");
            }
            try {
                attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new InputFileException(displayName, "cannot read " + what + ": " + IoProblems.describe(e),
                        IoProblems.hint(e));
            }
        }
        if (attributes.isDirectory()) {
            throw new InputFileException(displayName, what + " is a directory, not a file",
                    "name the file itself");
        }
        if (!attributes.isRegularFile()) {
            throw new InputFileException(displayName, what + " is not a regular file (a named pipe, socket or "
                    + "device); deploytrack reads only regular files", "replace it with a regular file");
        }
        return Optional.of(target);
    }

    /**
     * Reads a regular file of at most {@code maxBytes}, checked before reading and again while reading (a file that
     * grows past the limit meanwhile is refused, not read without end).
     */
    private static byte[] readBounded(Path file, String displayName, String what, long maxBytes)
            throws InputFileException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            return read(channel, displayName, what, maxBytes);
        } catch (IOException e) {
            throw failure(e, displayName, what);
        }
    }

    /**
     * Reads the whole of a file already open (one a caller holds under a lock), from its start, with the same
     * limit and the same messages as {@link #read}.
     */
    public static byte[] read(SeekableByteChannel channel, String displayName, String what, long maxBytes)
            throws InputFileException {
        try {
            long size = channel.size();
            if (size > maxBytes) {
                throw tooLarge(displayName, what, size, maxBytes);
            }
            channel.position(0);
            byte[] bytes = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until the size seen above
            }
            if (buffer.hasRemaining()) { // shrank meanwhile
                return Arrays.copyOf(bytes, buffer.position());
            }
            if (channel.read(ByteBuffer.allocate(1)) > 0) {
                throw tooLarge(displayName, what, size + 1, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw failure(e, displayName, what);
        }
    }

    private static InputFileException failure(IOException e, String displayName, String what) {
        return e instanceof InputFileException input ? input : new InputFileException(displayName, "cannot read "
                + what + ": " + IoProblems.describe(e), IoProblems.hint(e));
    }

    private static InputFileException tooLarge(String displayName, String what, long size, long maxBytes) {
        return new InputFileException(displayName, what + " is " + Sizes.describe(size) + ", over the "
                + Sizes.describe(maxBytes) + " deploytrack reads for it", "check that this is the right file");
    }

    /**
     * Refuses {@code path} when a directory on its way, below {@code root}, is a symbolic link that leads outside the
     * root ({@code deployments -> /srv/elsewhere}): what is read there, and written there, would not be the
     * repository's. The nearest directory of the path that exists must have its real path inside the root's;
     * nothing is created or changed. Does nothing for a path outside {@code root} or a {@code null} root (a file
     * the user named explicitly).
     *
     * @param path a file or directory that need not exist yet
     */
    public static void requireInside(Path root, Path path, String displayName, String what)
            throws InputFileException {
        if (root == null) {
            return;
        }
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(absoluteRoot) || absolute.equals(absoluteRoot)) {
            return;
        }
        Path existing = absolute.getParent();
        while (existing != null && !existing.equals(absoluteRoot)
                && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || existing.equals(absoluteRoot)) {
            return;
        }
        String directory = absoluteRoot.relativize(existing).toString().replace('\\', '/');
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            throw new InputFileException(displayName, "cannot read " + what + ": its directory " + directory
                    + " is a symbolic link that points nowhere", "replace the link with a directory; nothing was "
                    + "read or written");
        }
        if (!real.startsWith(realRoot(root, displayName, what))) {
            throw new InputFileException(displayName, what + " lies in " + directory + ", which leads outside the "
                    + "repository through a symbolic link; deploytrack reads and writes it only inside the repository",
                    "replace the link with a directory (or name a file outside the repository explicitly); "
                    + "nothing was read or written");
        }
    }

    private static Path realRoot(Path root, String displayName, String what) throws InputFileException {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new InputFileException(displayName, "cannot read " + what + ": the repository directory "
                    + root + " cannot be read (" + IoProblems.describe(e) + ")", IoProblems.hint(e));
        }
    }
}
