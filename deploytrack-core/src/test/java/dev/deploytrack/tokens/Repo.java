package dev.deploytrack.tokens;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small repository in a temporary directory, for checks that read through a workspace. */
final class Repo {

    private final Path root;

    Repo(Path root) {
        this.root = root;
    }

    Repo file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    CheckContext context(FindingCollector findings) {
        try {
            Workspace workspace = DirectoryWorkspace.scan(root, List.of(), 32);
            return new CheckContext(workspace, AgentFileDiscovery.discover(workspace), findings, DeploytrackConfig.DEFAULT_MAX_FILE_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Report run(Check check) {
        FindingCollector findings = new FindingCollector(RulePolicy.defaults());
        check.run(context(findings));
        return findings.toReport();
    }

    /** {@code lines} lines of "word word word word word": exactly 6 tokens a line in o200k_base and cl100k_base. */
    static String words(int lines) {
        return "word word word word word\n".repeat(lines);
    }
}
