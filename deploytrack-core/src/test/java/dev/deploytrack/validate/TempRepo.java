package dev.deploytrack.validate;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A repository in a temporary directory, validated as the front doors would. */
public final class TempRepo {

    private final Path root;

    public TempRepo(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public TempRepo write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TempRepo write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Report validate() {
        return validate(DeploytrackConfig.defaults());
    }

    public Report validate(DeploytrackConfig config) {
        try {
            return new Validator(config).validate(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each finding as {@code path:line:col rule}, for compact assertions. */
    public static List<String> brief(Report report) {
        return report.findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()).toList();
    }

    public static Finding single(Report report, String rule) {
        List<Finding> matching = report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + rule + " in " + brief(report));
        }
        return matching.get(0);
    }
}
