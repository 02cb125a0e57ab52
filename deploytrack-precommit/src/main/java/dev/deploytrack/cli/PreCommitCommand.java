package dev.deploytrack.cli;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.git.PreCommitCheck;
import dev.deploytrack.git.StagedPathList;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.TextReportRenderer;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** {@code deploytrack pre-commit}: the git hook. Checks what is staged, blocks the commit on errors. */
final class PreCommitCommand implements Command {

    static final String SKIP_VARIABLE = "DEPLOYTRACK_SKIP";

    @Override
    public String name() {
        return "pre-commit";
    }

    @Override
    public String summary() {
        return "the git pre-commit hook: check the staged content, block the commit on errors";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar pre-commit [--strict] [--fail-on-warning] [--verbose] [FILE...]

                Runs every check of validate on what is about to be committed: the blobs staged in the git index,
                not the working tree. Only staged files are checked; sums over files (the always-loaded context
                budget) use the staged versions of staged files and the committed versions of the rest.
                With FILE arguments (the pre-commit framework passes them; 'pre-commit run --all-files' names
                every tracked file), those files are checked as they are in the working tree instead.
                Install it as a hook with 'java -jar deploytrack.jar install', or through the pre-commit framework.

                Options:
                  --strict            report deploytrack's policy rules as errors
                  --fail-on-warning   block the commit on warnings too
                  --verbose           print a summary line even when nothing was found
                  -h, --help          show this help

                Environment: DEPLOYTRACK_SKIP=1 skips the check (as does git commit --no-verify).
                Exit status: 0 the commit may go ahead, 1 it is blocked, 2 usage, configuration or git error.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--strict", "--fail-on-warning", "--verbose", "--help"),
                Set.of("--staged-paths"));
        if ("1".equals(console.environment().get(SKIP_VARIABLE))) {
            console.err().println("deploytrack: skipped (" + SKIP_VARIABLE + "=1)");
            return Exit.OK;
        }
        PreCommitCheck.Result result;
        boolean filesMode = false;
        try {
            UnaryOperator<DeploytrackConfig> overrides = config -> {
                DeploytrackConfig changed = config;
                if (arguments.flag("--strict")) {
                    changed = changed.withStrict(true);
                }
                if (arguments.flag("--fail-on-warning")) {
                    changed = changed.withFailOnWarning(true);
                }
                return changed;
            };
            if (!arguments.operands().isEmpty()) {
                // Named files (the pre-commit framework passes them; --all-files names every tracked file): checked
                // as they are in the working tree, not the staged set, which may well be empty.
                filesMode = true;
                result = PreCommitCheck.runOnFiles(console.workingDirectory(), console.environment(),
                        arguments.operands(), overrides);
            } else {
                // Internal: the launcher runs git diff-index while the JVM starts and pipes the list in.
                List<String> stagedPaths = "-".equals(arguments.value("--staged-paths"))
                        ? StagedPathList.parse(console.in().readAllBytes()) : null;
                result = PreCommitCheck.run(console.workingDirectory(), console.environment(), stagedPaths,
                        overrides);
            }
        } catch (ConfigException e) {
            e.problems().forEach(problem -> console.err().println(problem));
            console.error("the " + (arguments.operands().isEmpty() ? "staged " : "") + "deploytrack.yml is invalid; "
                    + "fix it, or bypass with git commit --no-verify");
            return Exit.USAGE;
        } catch (IOException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        }
        Report report = result.report().worded(CommandLineWording.INSTANCE);
        for (Finding finding : report.findings()) {
            console.out().println(TextReportRenderer.formatWithHint(finding));
        }
        if (result.blocksCommit()) {
            console.out().println("deploytrack: commit blocked (" + report.summary().describe() + ").");
            console.out().println("Fix the findings above and stage the fix, or bypass deliberately with "
                    + "'git commit --no-verify' (or " + SKIP_VARIABLE + "=1 git commit).");
            return Exit.FINDINGS;
        }
        if (!report.findings().isEmpty() || arguments.flag("--verbose")) {
            // Every staged file is scanned for secrets; the summary's files are the agent configuration among them.
            int staged = result.stagedFiles();
            String kind = filesMode ? " named file" : " staged file";
            console.out().println("deploytrack: " + staged + kind + (staged == 1 ? "" : "s")
                    + " checked, " + report.summary().files() + " of them agent configuration: "
                    + report.summary().describeFindings() + "; the commit may go ahead.");
        }
        return Exit.OK;
    }
}
