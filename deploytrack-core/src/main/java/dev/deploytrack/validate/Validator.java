package dev.deploytrack.validate;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRules;
import dev.deploytrack.config.ConfigRules;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.config.Deprecation;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.discovery.AgentFiles;
import dev.deploytrack.feature.Features;
import dev.deploytrack.fix.Fixes;
import dev.deploytrack.json.ParsedJson;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code validate} command of both front doors: discovers the agent configuration of a workspace and runs every
 * check over it. One validator serves many runs; it holds only configuration.
 */
public final class Validator {

    private final DeploytrackConfig config;
    private final List<Check> checks;

    public Validator(DeploytrackConfig config) {
        this.config = config;
        this.checks = List.copyOf(Features.checks(config));
    }

    /**
     * Validates the directory tree at {@code path}, with this validator's excludes and depth limit, or the single file
     * at {@code path}.
     */
    public Report validate(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return validate(DirectoryWorkspace.singleFile(path));
        }
        return validate(DirectoryWorkspace.scan(path, config.excludes(), config.maxDepth()));
    }

    public Report validate(Workspace workspace) {
        return validate(workspace, null);
    }

    /**
     * Validates {@code workspace} and collects into {@code fixes} (when not null) the fixes the rules offer for
     * their findings.
     */
    public Report validate(Workspace workspace, Fixes fixes) {
        FindingCollector findings = new FindingCollector(config.rulePolicy());
        for (Deprecation deprecation : config.deprecations()) {
            findings.add(ConfigRules.RULE_RETIRED, deprecation.file(), deprecation.line(), deprecation.column(),
                    deprecation.message());
        }
        for (Workspace.SkippedFile skipped : workspace.skipped()) {
            findings.add(FileRules.SKIPPED, skipped.path(), 1, 1, skipped.reason());
        }
        ParsedJson json = new ParsedJson(); // discovery and the checks parse each manifest once between them
        AgentFiles agentFiles = AgentFileDiscovery.discover(workspace, json);
        CheckContext context = new CheckContext(workspace, agentFiles, findings, config.maxFileSize(), fixes, json);
        // Checks that run alone start first, so that they run while the others do.
        List<AloneRun> alone = new ArrayList<>();
        for (Check check : checks) {
            if (check.runsAlone() && PROCESSORS > 1) {
                alone.add(AloneRun.start(check, new CheckContext(workspace, agentFiles,
                        new FindingCollector(config.rulePolicy()), config.maxFileSize())));
            }
        }
        for (Check check : checks) {
            if (!check.runsAlone() || PROCESSORS == 1) {
                check.run(context);
            }
        }
        for (AloneRun run : alone) {
            findings.absorb(run.join());
        }
        return findings.toReport();
    }

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    /**
     * A check running on its own thread while the others run (the secret scan reads every file; the rest parse agent
     * files): on two cores, the hook's wait is the longer of the two rather than their sum.
     */
    private static final class AloneRun {

        private final Thread thread;
        private final CheckContext context;
        private volatile Throwable failure;

        private AloneRun(Check check, CheckContext context) {
            this.context = context;
            this.thread = new Thread(() -> {
                try {
                    check.run(context);
                } catch (RuntimeException | Error e) {
                    failure = e; // rethrown on the caller's thread by join(), as if the check had run there
                }
            }, "deploytrack-" + check.getClass().getSimpleName());
            thread.setDaemon(true);
        }

        static AloneRun start(Check check, CheckContext context) {
            AloneRun run = new AloneRun(check, context);
            run.thread.start();
            return run;
        }

        FindingCollector join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof RuntimeException exception) {
                throw exception;
            }
            return context.findings();
        }
    }

    public DeploytrackConfig config() {
        return config;
    }
}
