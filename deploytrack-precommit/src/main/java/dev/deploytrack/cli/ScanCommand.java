package dev.deploytrack.cli;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.secrets.Baseline;
import dev.deploytrack.secrets.BaselineException;
import dev.deploytrack.secrets.SecretScan;
import dev.deploytrack.secrets.SecretSettings;
import dev.deploytrack.workspace.DirectoryWorkspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code deploytrack scan}: finds committed secrets in every file of a repository. */
final class ScanCommand implements Command {

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public String summary() {
        return "find API keys, tokens, passwords and private keys in every file";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar scan [OPTIONS] [PATH]

                Scans every file of the repository at PATH (default: the current directory) for secrets: provider
                keys and tokens, private keys, JWTs, passwords in URLs and commands, and secret-named keys with
                literal values. Secrets are never printed: findings show a short prefix and the length.
                Accepted findings in the baseline (secrets.baseline in deploytrack.yml, default
                .deploytrack-secrets-baseline.json) are not reported.

                Options:
                  --baseline FILE     read (and with --write-baseline, write) this baseline file
                  --write-baseline    accept every secret found now into the baseline, then exit 0
                  --config FILE       read this configuration instead of PATH/deploytrack.yml
                """ + ReportOutput.OPTIONS_HELP + """
                  -h, --help          show this help

                Exit status: 0 no secrets, 1 secrets found, 2 usage, configuration or I/O error.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--write-baseline", "--help"),
                Set.of("--format", "--output", "--config", "--baseline"));
        ReportOutput output = ReportOutput.from(arguments, console);
        Path root = RepositoryOptions.root(arguments, console);
        DeploytrackConfig config = RepositoryOptions.config(arguments, console, root, "nothing was scanned");
        if (config == null) {
            return Exit.USAGE;
        }
        String baselineOption = arguments.value("--baseline");
        Path baselineFile = baselineOption == null ? null : console.resolve(baselineOption);
        SecretSettings settings = config.secrets();
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            Baseline baseline = SecretScan.loadBaseline(root, settings, baselineFile,
                    arguments.flag("--write-baseline"));
            DirectoryWorkspace workspace = DirectoryWorkspace.scan(root, config.excludes(), config.maxDepth());
            if (arguments.flag("--write-baseline")) {
                Path file = baselineFile != null ? baselineFile : root.resolve(settings.baseline());
                int accepted = SecretScan.writeBaseline(workspace, settings, baseline, file, threads);
                console.out().println("baseline written to " + file + ": " + accepted + " secret"
                        + (accepted == 1 ? "" : "s") + " accepted (salted hashes only)");
                return Exit.OK;
            }
            Report report = new SecretScan(settings, baseline, threads).run(workspace, config.rulePolicy());
            output.emit(report, name(), console);
            return config.fails(report) ? Exit.FINDINGS : Exit.OK;
        } catch (BaselineException e) {
            console.err().println(e.describe(CommandLineWording.INSTANCE));
            console.error("the secrets baseline cannot be used; correct --baseline, or (re)generate it with "
                    + "--write-baseline");
            return Exit.USAGE;
        } catch (IOException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        }
    }
}
