package dev.deploytrack.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writing reports to files, the same for the Maven goals and the command line: each file is written to a temporary
 * sibling and moved into place, so a CI server never collects a half-written report.
 */
public final class ReportFiles {

    /** The environment variable GitHub Actions sets to the file that becomes the job's summary page. */
    public static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private ReportFiles() {
    }

    /** Writes {@code report} in {@code format} to {@code file}, creating parent directories. */
    public static void write(Report report, ReportFormat format, String command, Path file) throws IOException {
        writeAtomically(file, out -> format.renderer(command).render(report, out));
    }

    /** What goes into a file written by {@link #writeAtomically}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes UTF-8 {@code content} to a temporary sibling of {@code file} and moves it into place, creating parent
     * directories: readers never see a half-written file (reports, the secrets baseline).
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes one file per format into {@code directory}, named by {@link ReportFormat#fileName(String)}.
     *
     * @return the files written
     */
    public static List<Path> writeAll(Report report, Collection<ReportFormat> formats, String command,
                                      Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = directory.resolve(format.fileName(command));
            write(report, format, command, file);
            written.add(file);
        }
        return written;
    }

    /**
     * Appends the Markdown summary to {@code $GITHUB_STEP_SUMMARY} when the variable is set.
     *
     * @return the file appended to, or {@code null} when the variable is not set
     */
    public static Path appendStepSummary(Report report, String command, Map<String, String> environment)
            throws IOException {
        return appendStepSummary(environment, out -> ReportFormat.MARKDOWN.renderer(command).render(report, out));
    }

    /** Appends Markdown {@code content} to {@code $GITHUB_STEP_SUMMARY} when set; returns the file or null. */
    public static Path appendStepSummary(Map<String, String> environment, Content content) throws IOException {
        String summary = environment.get(GITHUB_STEP_SUMMARY);
        if (summary == null || summary.isBlank()) {
            return null;
        }
        Path file = Path.of(summary);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            content.writeTo(out);
        }
        return file;
    }
}
