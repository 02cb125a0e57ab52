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
                """ + ReportOutput.OPTIONS_HELP + """
                  -h, --help          show this help

                Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--strict", "--fail-on-warning", "--help"),
                Set.of("--format", "--output", "--config"));
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
