package dev.deploytrack.cli;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Features;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.workspace.MemoryWorkspace;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deploytrack cds-training}: the launcher runs this once, in the background, to record which classes a typical
 * run loads into the class-data-sharing archive (or JDK 25's AOT cache). It validates a small repository held in
 * memory (every registered feature's sample), touching every check, then runs the pre-commit check on the
 * repository it runs in (if any), and writes nothing.
 */
final class TrainingCommand implements Command {

    static final String NAME = "cds-training";

    /** Every feature's sample (see {@link Feature#sample()}), so that every check's classes are recorded. */
    private static final Map<String, String> SAMPLE = Features.trainingSample();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean hidden() {
        return true;
    }

    @Override
    public String summary() {
        return "internal: the launcher's class-loading training run";
    }

    @Override
    public String help() {
        return "Usage: java -jar deploytrack.jar cds-training\n\nInternal: used by bin/deploytrack to build its "
                + "class-data-sharing archive. Checks a sample held in memory and the staged content\nof the "
                + "repository it runs in, and prints nothing.\n";
    }

    /**
     * The hook's own path (the command, the index, loose objects, the repository's real files, the output) trains
     * best on the repository the launcher runs in. Whatever goes wrong there (no repository, no git) only makes the
     * archive smaller; nothing is printed.
     */
    private static void trainOnStagedContent(Console console) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Map<String, String> environment = new HashMap<>(console.environment());
        environment.remove(PreCommitCommand.SKIP_VARIABLE);
        Console quiet = new Console(InputStream.nullInputStream(), discard, discard, console.workingDirectory(),
                environment);
        try {
            new PreCommitCommand().run(List.of("--verbose"), quiet);
        } catch (UsageException | RuntimeException e) {
            // not in a repository, or git is missing: the sample above trained the checks
        }
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        try {
            DeploytrackConfig config = ConfigLoader.parse(SAMPLE.get("deploytrack.yml"), "deploytrack.yml");
            Report report = new Validator(config).validate(MemoryWorkspace.of(console.workingDirectory(), SAMPLE));
            ReportFormat.TEXT.renderer("pre-commit").render(report, new StringWriter());
            trainOnStagedContent(console);
            return Exit.OK;
        } catch (ConfigException | IOException e) {
            console.error("training run failed: " + e.getMessage());
            return Exit.USAGE;
        }
    }
}
