package dev.deploytrack.maven;

import dev.deploytrack.cost.Money;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.usage.Period;
import dev.deploytrack.usage.UsageService;
import dev.deploytrack.usage.alert.Alert;
import dev.deploytrack.usage.alert.Channel;
import dev.deploytrack.usage.report.BudgetStatus;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReportWriter;
import dev.deploytrack.usage.store.UsageStoreException;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The actual-spend gate: reads the usage ingested into the registry's backend ({@code deploytrack usage ingest}),
 * and fails the build when an environment's spend for the period reached 100% of its
 * {@code environments/NAME/budget-limits.yaml} limit, or its forecast will by the period's end; the thresholds below
 * 100% (70% and 90% by default) warn. Each alert fires once per period and environment, to the build log and to the
 * channels of {@code notify}. Writes {@code deploytrack-usage.html}, {@code .json} and {@code .md} (the month's
 * report, or the period's) to the output directory. In a multi-module build it runs once, for the whole repository.
 */
@Mojo(name = "usage-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class UsageCheckMojo extends AbstractCheckMojo {

    /**
     * The period to check: {@code day}, {@code week} or {@code month}. Unset: each period an environment has a limit
     * for ({@code daily_limit_usd}: the day, {@code monthly_limit_usd}: the month).
     */
    @Parameter(property = "deploytrack.period")
    String period;

    /**
     * Where alerts go besides the build log: {@code slack}, {@code webhook}, {@code pagerduty} (comma-separated as a
     * property). Their URLs and keys come from the environment ({@code DEPLOYTRACK_SLACK_WEBHOOK_URL},
     * {@code DEPLOYTRACK_WEBHOOK_URL}, {@code DEPLOYTRACK_PAGERDUTY_ROUTING_KEY}), never from the POM.
     */
    @Parameter(property = "deploytrack.notify")
    List<String> notify;

    /** Logs the payload each channel would get; sends and records nothing. */
    @Parameter(property = "deploytrack.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * The registry whose backend holds the usage: a file (relative to the repository's root) or a PostgreSQL URL.
     * Unset: {@code $DEPLOYTRACK_REGISTRY}, {@code registry.url} or {@code registry.path} from deploytrack.yml.
     */
    @Parameter(property = "deploytrack.registry")
    String registry;

    /** Checks as of this time (ISO 8601 UTC, e.g. {@code 2026-11-30T12:00:00Z}); unset: now. */
    @Parameter(property = "deploytrack.asOf")
    String asOf;

    /** Fails the build when a limit is reached or forecast to be. When false, the verdict is only logged. */
    @Parameter(property = "deploytrack.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("usage-check")) {
            return;
        }
        // Every parameter is checked before anything is read.
        List<Period> periods = new ArrayList<>();
        if (period != null && !period.isBlank()) {
            periods.add(Period.parse(period.trim()).orElseThrow(() -> new MojoFailureException(
                    "-Ddeploytrack.period must be day, week or month, not '" + period + "'")));
        }
        Instant time = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                time = Instant.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                throw new MojoFailureException("-Ddeploytrack.asOf takes a UTC time such as 2026-11-30T12:00:00Z, "
                        + "not '" + asOf + "'");
            }
        }
        List<String> names = new ArrayList<>();
        for (String entry : notify == null ? List.<String>of() : notify) {
            for (String part : entry.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
        }
        if (!firstForRepository("usage-check")) {
            return;
        }
        Path root = root();
        try (UsageService service = UsageService.open(root, loadConfig(), registry, System.getenv(),
                value -> root.resolve(value).normalize(), Clock.systemUTC())) {
            List<String> missing = new ArrayList<>();
            List<Channel> channels = service.channels(names, missing);
            if (!missing.isEmpty()) {
                throw new MojoFailureException("-Ddeploytrack.notify: " + String.join("; ", missing));
            }
            UsageService.CheckResult result = service.check(periods, channels, dryRun, time,
                    payload -> log().info(payload));
            publish(result, channels);
            if (failOnViolation && result.failed()) {
                throw new MojoFailureException("deploytrack usage-check failed: " + String.join("; ",
                        reasons(result)));
            }
        } catch (ConfigException e) {
            throw configurationFailure(e, "deploytrack usage-check inputs are invalid");
        } catch (RegistryException e) {
            throw new MojoExecutionException(e.describe(MavenWording.INSTANCE));
        } catch (UsageStoreException e) {
            throw new MojoExecutionException(e.describe());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<String> reasons(UsageService.CheckResult result) {
        List<String> reasons = new ArrayList<>();
        for (UsageReport report : result.reports()) {
            for (BudgetStatus budget : report.budgets()) {
                if (budget.level() == BudgetStatus.Level.FAILED) {
                    reasons.add(describe(report, budget));
                }
            }
        }
        return reasons;
    }

    private static String describe(UsageReport report, BudgetStatus budget) {
        return budget.environment() + " " + report.period().label(report.start()) + ": spent "
                + Money.usd(budget.actual()) + " of " + Money.usd(budget.limit()) + " (" + budget.percent()
                .toPlainString() + "%), forecast " + Money.usd(budget.forecast()) + " ("
                + budget.forecastPercent().toPlainString() + "%)";
    }

    /** Logs each verdict once at its level, the alerts, and writes the report files. */
    private void publish(UsageService.CheckResult result, List<Channel> channels) throws MojoExecutionException {
        for (UsageReport report : result.reports()) {
            for (BudgetStatus budget : report.budgets()) {
                switch (budget.level()) {
                    case FAILED -> log().error(describe(report, budget));
                    case WARNING -> log().warn(describe(report, budget));
                    case OK -> log().info(describe(report, budget));
                }
            }
        }
        for (Alert alert : result.fired()) {
            log().warn((dryRun ? "would alert: " : "alert: ") + alert.summary() + (channels.isEmpty() || dryRun ? ""
                    : " (sent to " + String.join(", ", channels.stream().map(Channel::name).toList()) + ")"));
        }
        if (!result.repeated().isEmpty()) {
            log().info(result.repeated().size() + " alert(s) fired before in this period; not sent again");
        }
        for (String failure : result.failures()) {
            log().warn("alert not delivered, it will be retried by the next check: " + failure);
        }
        UsageReport report = result.reports().get(result.reports().size() - 1);
        Path directory = outputDirectory().toPath();
        try {
            Files.createDirectories(directory);
            for (UsageReportWriter.Format format : List.of(UsageReportWriter.Format.HTML,
                    UsageReportWriter.Format.JSON, UsageReportWriter.Format.MARKDOWN)) {
                Path file = directory.resolve("deploytrack-usage." + switch (format) {
                    case HTML -> "html";
                    case JSON -> "json";
                    default -> "md";
                });
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    UsageReportWriter.write(report, format, out);
                }
                log().info("Report written to " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the usage report: " + e.getMessage(), e);
        }
    }
}
