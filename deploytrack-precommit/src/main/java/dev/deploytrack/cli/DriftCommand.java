package dev.deploytrack.cli;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.drift.DriftCheck;
import dev.deploytrack.drift.DriftFeature;
import dev.deploytrack.drift.DriftException;
import dev.deploytrack.drift.DriftReport;
import dev.deploytrack.drift.DriftReportWriter;
import dev.deploytrack.drift.Durations;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.drift.ProjectScope;
import dev.deploytrack.drift.PullRequestDrift;
import dev.deploytrack.drift.PullRequestReportWriter;
import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.QueryFormat;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryMigration;
import dev.deploytrack.registry.RegistrySettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** {@code deploytrack drift}: agents changed in git but not deployed, per environment; or what a pull request changes. */
final class DriftCommand extends RegistryCommand {

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public String summary() {
        return "agents changed in git but not deployed, per environment (or what a pull request changes)";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar drift [--env NAME]... [--max-age DURATION] [OPTIONS]
                       java -jar deploytrack.jar drift --base REF --head REF [OPTIONS]

                For each environment and each agent of a project: whether the agent's files (its skill
                directory, its agent definition, or drift.agents paths) changed between the commit last
                deployed there and the target commit, with git's path-scoped history. Commits that touch
                other files are never drift; a change and its revert cancel out. Reports the changes not
                deployed, the age of the oldest, and the gap to the application's last deployment. Run it in
                the project's git clone (the whole history: fetch-depth: 0).

                With --base and --head: the agents a pull request changes and the environments each needs
                a deployment to after the merge (Markdown for a pull request comment).

                Options:
                  --env NAME             an environment to check (repeatable; default all, in promotion order)
                  --max-age DURATION     how long an agent may be behind before drift fails, for every
                                         environment checked: 0 (any drift fails), 30m, 1h, 2d, 1w
                                         (default: drift.max-age and drift.environments in deploytrack.yml,
                                         else 1h for production and no limit elsewhere)
                  --target REF           the commit to compare with (default HEAD)
                  --against-app          compare each environment with the commit of the application's last
                                         deployment there (record-deployment --component app)
                  --base REF, --head REF a pull request's base and head
                  --name NAME            the project (default: the project recorded at '.', or the only one)
                  --project PATH         or the project's directory
                  --format FORMAT        text (default), json or markdown
                  --output FILE          write the report to FILE; standard output gets one line
                """ + REGISTRY_OPTIONS_HELP + """

                When $GITHUB_STEP_SUMMARY is set, the Markdown report is appended to it.

                Exit status: 0 every agent in sync or within its limit (always 0 with --base/--head), 1 an
                agent behind past its environment's limit, 2 usage, configuration, git or I/O error (a
                shallow clone without the deployed commits, say).
                """;
    }

    @Override
    Set<String> flags() {
        return Set.of("--against-app");
    }

    @Override
    Set<String> valued() {
        return Set.of("--env", "--max-age", "--target", "--base", "--head", "--name", "--project", "--format",
                "--output");
    }

    @Override
    int execute(Arguments arguments, Context context) throws UsageException, RegistryException {
        Console console = context.console();
        QueryFormat format = StatusCommand.format(arguments);
        Duration maxAge = null;
        if (arguments.value("--max-age") != null) {
            maxAge = Durations.parse(arguments.value("--max-age")).orElseThrow(() -> new UsageException(
                    "--max-age must be a duration such as 0, 30m, 1h, 2d or 1w, not '" + arguments.value("--max-age")
                            + "'"));
        }
        boolean pullRequest = arguments.value("--base") != null || arguments.value("--head") != null;
        if (pullRequest && (arguments.value("--base") == null || arguments.value("--head") == null)) {
            throw new UsageException("--base and --head go together: the pull request's base and head");
        }
        if (arguments.flag("--against-app") && arguments.value("--target") != null) {
            throw new UsageException("give --target or --against-app, not both");
        }
        DeploytrackConfig config = context.config();
        RegistrySettings settings = context.service().settings();
        Registry registry = context.service().read();
        RegistryMigration.migrate(registry, settings.legacyEnvironment());
        try {
            GitHistory git = GitHistory.open(console.workingDirectory());
            ProjectScope scope = ReleaseOptions.scope(arguments, console, registry, git);
            if (pullRequest) {
                PullRequestDrift.Report report = new PullRequestDrift(git, registry, settings, config.get(DriftFeature.SETTINGS))
                        .run(scope.name(), scope.directory(), arguments.value("--base"), arguments.value("--head"));
                String text = switch (format) {
                    case TEXT -> PullRequestReportWriter.text(report, settings);
                    case JSON -> PullRequestReportWriter.json(report, settings);
                    case MARKDOWN -> PullRequestReportWriter.markdown(report, settings);
                };
                String line = report.agents().size() + " agent(s) changed; deploy after merge to: "
                        + String.join(", ", report.environments(settings));
                QueryOutput.emit(arguments, console, text, line, PullRequestReportWriter.markdown(report, settings));
                return Exit.OK;
            }
            DriftReport report = new DriftCheck(git, registry, settings, config.get(DriftFeature.SETTINGS), Clock.systemUTC())
                    .run(new DriftCheck.Request(scope.name(), scope.directory(), arguments.values("--env"),
                            arguments.value("--target"), arguments.flag("--against-app"), maxAge));
            String text = switch (format) {
                case TEXT -> DriftReportWriter.text(report);
                case JSON -> DriftReportWriter.json(report);
                case MARKDOWN -> DriftReportWriter.markdown(report);
            };
            QueryOutput.emit(arguments, console, text, DriftReportWriter.text(report).lines()
                    .reduce((first, second) -> second).orElse(""), DriftReportWriter.markdown(report));
            return report.failed() ? Exit.FINDINGS : Exit.OK;
        } catch (DriftException e) {
            return ReleaseOptions.failed(console, e);
        } catch (GitException e) {
            console.error("git: " + e.getMessage());
            return Exit.USAGE;
        }
    }
}
