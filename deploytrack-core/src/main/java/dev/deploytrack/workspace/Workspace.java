package dev.deploytrack.workspace;

import dev.deploytrack.check.Sizes;
import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.IoProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
     * Reads the file into {@code buffer}, for callers reading many files in a row: a workspace on disk reads into
     * the buffer's array, others hand over the array they have.
     */
    default void read(String path, ReadBuffer buffer) throws IOException {
        byte[] content = read(path);
        buffer.set(content, content.length);
    }

    /**
     * Whether {@code path} is to be checked, not only read as context. A directory tree checks everything; the git
     * index checks only what is staged, while budgets that sum over files still read the rest.
     */
    default boolean inScope(String path) {
        return true;
    }

    /** Files the workspace saw but left out, with the reason (e.g. a symlink pointing outside the repository). */
    List<SkippedFile> skipped();

    /**
     * Reads one of deploytrack's own input files (a budget file, a price table, the baseline) that this workspace
     * lists, refusing one over {@code maxBytes} before reading it.
     *
     * @param what what the file is, for messages ("the price table")
     */
    default byte[] readInput(String path, String what, long maxBytes) throws InputFileException {
        long size;
        try {
            size = size(path);
        } catch (IOException e) {
            throw new InputFileException(path, "cannot read " + what + ": " + IoProblems.describe(e),
                    IoProblems.hint(e));
        }
        if (size > maxBytes) {
            throw new InputFileException(path, what + " is " + Sizes.describe(size) + ", over the "
                    + Sizes.describe(maxBytes) + " deploytrack reads for it", "check that this is the right file");
        }
        try {
            return read(path);
        } catch (IOException e) {
            throw new InputFileException(path, "cannot read " + what + ": " + IoProblems.describe(e),
                    IoProblems.hint(e));
        }
    }

    /** Why {@code path} was left out, when the workspace saw it and did not list it. */
    default Optional<String> skipReason(String path) {
        for (SkippedFile file : skipped()) {
            if (file.path().equals(path)) {
                return Optional.of(file.reason());
            }
        }
        return Optional.empty();
    }

    /** A file that was not listed, and why. */
    record SkippedFile(String path, String reason) {
    }
}
