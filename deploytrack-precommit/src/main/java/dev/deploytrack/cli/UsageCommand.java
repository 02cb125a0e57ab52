package dev.deploytrack.cli;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.Money;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.usage.Period;
import dev.deploytrack.usage.UsageService;
import dev.deploytrack.usage.alert.Alert;
import dev.deploytrack.usage.alert.Channel;
import dev.deploytrack.usage.ingest.IngestProgress;
import dev.deploytrack.usage.ingest.UsageFormat;
import dev.deploytrack.usage.ingest.UsageIngest;
import dev.deploytrack.usage.report.BudgetStatus;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReportWriter;
import dev.deploytrack.usage.report.UsageReporter;
import dev.deploytrack.usage.store.UsageStoreException;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code deploytrack usage ingest|report|check}: what agents actually spent. Translates options and prints; the
 * usage feature in the core does the work.
 */
final class UsageCommand implements Command {

    @Override
    public String name() {
        return "usage";
    }

    @Override
    public String summary() {
        return "ingest agents' usage logs, report actual cost, gate on budgets and alert";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar usage ingest PATH... [--format FORMAT] [--progress]
                       java -jar deploytrack.jar usage report [--period day|week|month] [--by BY]
                                                              [--format text|json|markdown|html] [--output FILE]
                       java -jar deploytrack.jar usage check [--period day|week|month] [--notify CHANNELS] [--dry-run]

                ingest reads usage logs (files, or directories searched for .jsonl, .json and .csv files) into
                the registry's backend: Claude Code session logs (~/.claude/projects, subagents included), Codex
                CLI sessions (~/.codex/sessions), OpenTelemetry GenAI spans and metrics as OTLP JSON, LiteLLM
                spend logs (CSV or JSON), and the Anthropic cost report and OpenAI organization costs (totals
                to reconcile against). Ingesting the same logs again, or from another machine, changes nothing.

                report shows tokens and cost per period by agent, environment, model or version, each
                environment's spend against environments/NAME/budget-limits.yaml with a forecast to the end of
                the period, anomalies, and where the cost came from. html is one self-contained page with charts.

                check fails (exit 1) when an environment's spend for the period reached its limit, or the forecast
                will; warns at the budget's thresholds (70% and 90% by default). Each alert fires once per period
                and environment: to the console, and to the channels of --notify, whose URLs and keys come from
                the environment (DEPLOYTRACK_SLACK_WEBHOOK_URL, DEPLOYTRACK_WEBHOOK_URL,
                DEPLOYTRACK_PAGERDUTY_ROUTING_KEY; see usage.notifications in docs/usage.md).

                Options:
                  --format FORMAT      ingest: read every file as this format (FORMATS)
                                       report: text (default), json, markdown or html
                  --progress           ingest: show progress on standard error even when it is not a terminal
                                       (a line every 5 seconds; a bar on a terminal, where it is the default)
                  --period PERIOD      day, week or month (report default: month; check default: each period an
                                       environment has a limit for)
                  --by BY              report rows by agent (default), environment, model or version
                  --output FILE        report: write to FILE instead of standard output
                  --as-of TIME         report and check as of this time (ISO 8601; default: now)
                  --notify CHANNELS    check: slack, webhook, pagerduty (comma-separated)
                  --dry-run            check: print each payload, send and record nothing
                """.replace("FORMATS", UsageFormat.ids()) + RegistryCommand.REGISTRY_OPTIONS_HELP + """

                Exit status: 0 done (check: within limits, warnings allowed), 1 check: a limit is reached or
                forecast to be, 2 usage, configuration or I/O error.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--help", "--progress", "--dry-run"),
                Set.of("--format", "--period", "--by", "--output", "--as-of", "--notify", "--registry", "--config"));
        List<String> operands = arguments.operands();
        String action = operands.isEmpty() ? "" : operands.get(0);
        if (!List.of("ingest", "report", "check").contains(action)) {
            throw new UsageException("say what to do: usage ingest PATH..., usage report or usage check");
        }
        if (!action.equals("ingest") && operands.size() > 1) {
            throw new UsageException("usage " + action + " takes no operand '" + operands.get(1) + "'");
        }
        Path root = console.workingDirectory();
        DeploytrackConfig config = RepositoryOptions.config(arguments, console, root, "nothing was done");
        if (config == null) {
            return Exit.USAGE;
        }
        try (UsageService service = UsageService.open(root, config, arguments.value("--registry"),
                console.environment(), console::resolve, Clock.systemUTC())) {
            return switch (action) {
                case "ingest" -> ingest(arguments, operands.subList(1, operands.size()), service, console);
                case "report" -> report(arguments, service, console);
                default -> check(arguments, service, console);
            };
        } catch (RegistryException e) {
            console.err().println(e.describe(CommandLineWording.INSTANCE));
            return Exit.USAGE;
        } catch (UsageStoreException e) {
            console.err().println(e.describe());
            return Exit.USAGE;
        } catch (ConfigException e) {
            e.problems().forEach(problem -> console.err().println(problem));
            console.error("the budget or price files are invalid; nothing was reported");
            return Exit.USAGE;
        } catch (IOException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        }
    }

    private static int ingest(Arguments arguments, List<String> paths, UsageService service, Console console)
            throws UsageException, IOException, UsageStoreException {
        if (paths.isEmpty()) {
            throw new UsageException("name the logs to ingest: usage ingest PATH... (e.g. ~/.claude/projects)");
        }
        UsageFormat format = null;
        if (arguments.value("--format") != null) {
            format = UsageFormat.parse(arguments.value("--format")).orElseThrow(() -> new UsageException(
                    "unknown format '" + arguments.value("--format") + "'; use one of " + UsageFormat.ids()));
        }
        List<Path> resolved = new ArrayList<>();
        for (String path : paths) {
            resolved.add(console.resolve(expandHome(path, console)));
        }
        IngestProgress progress = Progress.choose(arguments.flag("--progress"), console);
        UsageIngest.Result result;
        try {
            result = service.ingest(resolved, format, progress);
        } catch (UsageIngest.InputException e) {
            console.error(e.getMessage() + "; nothing was ingested");
            return Exit.USAGE;
        }
        String files = String.join(", ", result.files().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().id()).toList());
        console.out().println(service.store().displayName() + ": ingested " + result.appended().added()
                + " new records (" + result.appended().already() + " already stored) from "
                + (files.isEmpty() ? "no usage files" : files + " files") + ", " + result.read()
                + " records read");
        for (String line : result.problems().describe()) {
            console.error("warning: " + line);
        }
        if (!result.ignored().isEmpty()) {
            console.error("warning: " + result.ignored().size() + " files are in no known usage format and were "
                    + "skipped: " + String.join(", ", result.ignored().subList(0, Math.min(5,
                    result.ignored().size()))) + (result.ignored().size() > 5 ? ", ..." : "")
                    + "; give --format to read them as one");
        }
        return Exit.OK;
    }

    private static String expandHome(String path, Console console) {
        String home = console.environment().get("HOME");
        return home != null && (path.equals("~") || path.startsWith("~/")) ? home + path.substring(1) : path;
    }

    private static Period period(Arguments arguments, Period fallback) throws UsageException {
        String text = arguments.value("--period");
        if (text == null) {
            return fallback;
        }
        return Period.parse(text).orElseThrow(() -> new UsageException("unknown period '" + text
                + "'; use day, week or month"));
    }

    private static Instant asOf(Arguments arguments) throws UsageException {
        String text = arguments.value("--as-of");
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of takes a UTC time such as 2026-11-30T12:00:00Z, not '" + text + "'");
        }
    }

    private static int report(Arguments arguments, UsageService service, Console console)
            throws UsageException, IOException, ConfigException, UsageStoreException, RegistryException {
        Period period = period(arguments, Period.MONTH);
        String byText = arguments.value("--by", "agent");
        UsageReporter.GroupBy by = UsageReporter.GroupBy.parse(byText).orElseThrow(() -> new UsageException(
                "unknown --by '" + byText + "'; use agent, environment, model or version"));
        String formatText = arguments.value("--format", "text");
        UsageReportWriter.Format format = UsageReportWriter.Format.parse(formatText).orElseThrow(() ->
                new UsageException("unknown format '" + formatText + "'; use text, json, markdown or html"));
        UsageReport report = service.report(period, by, asOf(arguments));
        String output = arguments.value("--output");
        if (output == null) {
            Writer out = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
            UsageReportWriter.write(report, format, out);
            out.flush();
        } else {
            Path file = console.resolve(output);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                UsageReportWriter.write(report, format, out);
            }
            console.out().println("usage report (" + format.name().toLowerCase(Locale.ROOT) + ") written to " + file);
        }
        return Exit.OK;
    }

    private static int check(Arguments arguments, UsageService service, Console console)
            throws UsageException, IOException, ConfigException, UsageStoreException, RegistryException {
        List<Period> periods = new ArrayList<>();
        if (arguments.value("--period") != null) {
            periods.add(period(arguments, Period.MONTH));
        }
        List<String> names = arguments.value("--notify") == null ? List.of()
                : Arrays.stream(arguments.value("--notify").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        List<String> missing = new ArrayList<>();
        List<Channel> channels = service.channels(names, missing);
        if (!missing.isEmpty()) {
            missing.forEach(problem -> console.error("--notify: " + problem));
            return Exit.USAGE;
        }
        boolean dryRun = arguments.flag("--dry-run");
        UsageService.CheckResult result = service.check(periods, channels, dryRun, asOf(arguments),
                payload -> console.out().println(payload));
        for (UsageReport report : result.reports()) {
            for (BudgetStatus budget : report.budgets()) {
                String line = budget.environment() + " " + report.period().label(report.start()) + ": spent "
                        + Money.usd(budget.actual()) + " of " + Money.usd(budget.limit()) + " ("
                        + budget.percent().toPlainString() + "%), forecast " + Money.usd(budget.forecast()) + " ("
                        + budget.forecastPercent().toPlainString() + "%)";
                switch (budget.level()) {
                    case FAILED -> console.out().println("FAILED  " + line);
                    case WARNING -> console.out().println("WARNING " + line);
                    case OK -> console.out().println("OK      " + line);
                }
            }
            if (report.budgets().isEmpty()) {
                console.out().println("no environment has a budget-limits.yaml with a " + report.period().id()
                        + " limit: nothing to gate");
            }
        }
        for (Alert alert : result.fired()) {
            console.out().println((dryRun ? "would alert: " : "alert: ") + alert.summary()
                    + (channels.isEmpty() || dryRun ? "" : " (sent to " + String.join(", ",
                    channels.stream().map(Channel::name).toList()) + ")"));
        }
        if (!result.repeated().isEmpty()) {
            console.out().println(result.repeated().size() + " alert(s) fired before in this period; not sent again");
        }
        for (String failure : result.failures()) {
            console.error("warning: alert not delivered, it will be retried by the next check: " + failure);
        }
        return result.failed() ? Exit.FINDINGS : Exit.OK;
    }
}
