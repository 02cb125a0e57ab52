package dev.deploytrack.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a run checks: a directory tree on disk, or (for the pre-commit hook) the content staged in a git index.
 * Paths are relative to the repository root, use {@code /} separators and never contain {@code ..}.
 */
public interface Workspace {

    /** The repository root on disk (configuration is read from here). */
    Path root();

    /** Every file the run may check, sorted, excludes already applied. */
    List<String> files();

    /** The file's size in bytes, without reading it. */
    long size(String path) throws IOException;

    /** The file's content. Callers check {@link #size(String)} against their limit first. */
    byte[] read(String path) throws IOException;

    /**
     * Whether {@code path} is to be checked, not only read as context. A directory tree checks everything; the git
     * index checks only what is staged, while budgets that sum over files still read the rest.
     */
    default boolean inScope(String path) {
        return true;
    }

    /** Files the workspace saw but left out, with the reason (e.g. a symlink pointing outside the repository). */
    List<SkippedFile> skipped();

    /** A file that was not listed, and why. */
    record SkippedFile(String path, String reason) {
    }
}
