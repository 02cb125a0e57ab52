package dev.deploytrack.registry;

import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Testimony reports as files under a registry's root (the repository, or the directory of an exported or imported
 * registry): {@code testimony_file} resolved against the root. A path that would leave the root, or pass through a
 * symbolic link below it, is refused both ways: nothing is read from outside the registry's directory and nothing is
 * written outside it.
 */
final class FileTestimonyShelf implements TestimonyShelf {

    private final Path root;

    FileTestimonyShelf(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * The file of {@code path}: inside the root, and no symbolic link on the way from the root to it.
     *
     * @throws IOException naming the path and what is wrong with it
     */
    Path resolve(String path) throws IOException {
        Path file = path == null || path.isBlank() ? root : root.resolve(path.replace('\\', '/')).normalize();
        if (Path.of(path == null ? "" : path).isAbsolute() || !file.startsWith(root) || file.equals(root)) {
            throw new IOException("'" + path + "' is not a file inside " + root + "; a testimony is kept only "
                    + "inside the registry's directory");
        }
        for (Path part = file; part != null && !part.equals(root); part = part.getParent()) {
            if (Files.isSymbolicLink(part)) {
                throw new IOException(root.relativize(part).toString().replace('\\', '/') + " is a symbolic link; "
                        + "testimonies are kept inside the registry's directory, never through a link (replace it "
                        + "with a directory or a file)");
            }
        }
        return file;
    }

    @Override
    public boolean holds(String path) throws IOException {
        return Files.exists(resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void keep(String path, String project, byte[] content) throws IOException {
        AtomicFiles.write(resolve(path), content, content.length);
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path file = resolve(path);
        try {
            Optional<byte[]> content = InputFiles.readIfPresent(root, file, file.toString(), "the testimony",
                    MAX_SIZE);
            return content.orElse(null);
        } catch (InputFileException e) {
            throw new IOException(path + ": " + e.getMessage() + (e.hint() == null ? "" : "; " + e.hint()), e);
        }
    }
}
