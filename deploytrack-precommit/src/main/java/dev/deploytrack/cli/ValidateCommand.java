package dev.deploytrack.cli;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code deploytrack validate}: checks skills and agent configuration of a repository. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check skills, Claude Code files, instruction files, MCP configs, token budgets and secrets";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar validate [OPTIONS] [PATH]

                Checks the agent configuration of the repository at PATH (default: the current directory), or the
                single file PATH (e.g. one SKILL.md, judged against its directory's name):
                Agent Skills against the specification; Claude Code's subagents, commands, hooks, settings,
                plugins and marketplaces, read as Claude Code reads them; MCP server configs; hidden text in
                instruction files; deploytrack's YAML, required Markdown sections, token budgets, and secrets in
                every file. Reads PATH/deploytrack.yml when it exists.

                Options:
                  --strict            report deploytrack's policy rules as errors (see docs/rules.md)
                  --fail-on-warning   exit 1 on warnings too
                  --config FILE       read this configuration instead of PATH/deploytrack.yml
                  --fix               apply the certain fixes, then check again and report what is left
                  --fix-unsafe        apply the unsafe fixes too (they may change meaning or rename files)
                  --dry-run           with --fix or --fix-unsafe: print the fixes as a unified diff and write
                                      nothing
                """ + ReportOutput.OPTIONS_HELP + """
                  -h, --help          show this help

                A fix changes only the bytes it names (comments, order, line endings and a byte-order mark stay);
                each file is written atomically, and not if it changed since it was read. docs/rules.md (Fixing
                findings) lists the fixes.

                Exit status: 0 no errors, 1 errors found (after fixing: errors left, or a file not fixed), 2 usage
                or I/O error.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--strict", "--fail-on-warning", "--help", "--fix",
                "--fix-unsafe", "--dry-run"), Set.of("--format", "--output", "--config"));
        boolean fix = arguments.flag("--fix") || arguments.flag("--fix-unsafe");
        if (arguments.flag("--dry-run") && !fix) {
            throw new UsageException("--dry-run shows what --fix or --fix-unsafe would change; add one of them");
        }
        if (fix && arguments.flag("--dry-run") && arguments.value("--output") == null
                && !arguments.value("--format", "text").equals("text")) {
            throw new UsageException("--dry-run prints its diff on standard output; write the "
                    + arguments.value("--format") + " report elsewhere with --output FILE");
        }
        ReportOutput output = ReportOutput.from(arguments, console);
        Path target = RepositoryOptions.target(arguments, console);
        Path root = Files.isDirectory(target) ? target : target.getParent();
        DeploytrackConfig config = RepositoryOptions.config(arguments, console, root, "nothing was checked");
        if (config == null) {
            return Exit.USAGE;
        }
        if (arguments.flag("--strict")) {
            config = config.withStrict(true);
        }
        if (arguments.flag("--fail-on-warning")) {
            config = config.withFailOnWarning(true);
        }
        if (fix) {
            return new FixRun(config, arguments.flag("--fix-unsafe"), arguments.flag("--dry-run"), output,
                    arguments.value("--format", "text").equals("text") || arguments.value("--output") != null)
                    .run(target, console);
        }
        try {
            Report report = new Validator(config).validate(target);
            output.emit(report, name(), console);
            return config.fails(report) ? Exit.FINDINGS : Exit.OK;
        } catch (IOException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        }
    }
}
