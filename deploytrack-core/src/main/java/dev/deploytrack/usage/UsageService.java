package dev.deploytrack.usage;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.cost.Environment;
import dev.deploytrack.cost.PriceTable;
import dev.deploytrack.registry.FileRegistryStore;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryException;
import dev.deploytrack.registry.RegistryLocation;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.usage.alert.Alert;
import dev.deploytrack.usage.alert.AlertPlanner;
import dev.deploytrack.usage.alert.Channel;
import dev.deploytrack.usage.ingest.IngestProgress;
import dev.deploytrack.usage.ingest.UsageFormat;
import dev.deploytrack.usage.ingest.UsageIngest;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReporter;
import dev.deploytrack.usage.store.FileUsageStore;
import dev.deploytrack.usage.store.PostgresUsageStore;
import dev.deploytrack.usage.store.UsageStore;
import dev.deploytrack.usage.store.UsageStoreException;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Workspace;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The usage feature's operations, the one implementation both front doors call: {@code usage ingest},
 * {@code usage report} and {@code usage check}. The store is the registry's backend: files beside the registry file,
 * or the registry's PostgreSQL database, chosen by the same setting as the registry.
 */
public final class UsageService implements AutoCloseable {

    private final Path root;
    private final DeploytrackConfig config;
    private final UsageStore store;
    private final RegistryService registry;
    private final Map<String, String> environment;
    private final Clock clock;

    UsageService(Path root, DeploytrackConfig config, UsageStore store, RegistryService registry,
                 Map<String, String> environment, Clock clock) {
        this.root = root;
        this.config = config;
        this.store = store;
        this.registry = registry;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The service for the repository at {@code root}, on the registry's backend by the registry's precedence
     * ({@code --registry}, {@code DEPLOYTRACK_REGISTRY}, {@code registry.url}, {@code registry.path}).
     */
    public static UsageService open(Path root, DeploytrackConfig config, String registryOption,
                                    Map<String, String> environment, Function<String, Path> resolve, Clock clock)
            throws RegistryException, UsageStoreException {
        RegistryService registry = RegistryService.open(root, config.registry(), registryOption, environment, resolve,
                clock);
        RegistryLocation location = RegistryLocation.resolve(registryOption, environment, config.registry());
        UsageStore store;
        if (location.isDatabase()) {
            store = PostgresUsageStore.open(location, environment);
        } else {
            FileRegistryStore registryStore = (FileRegistryStore) registry.store();
            Path directory = FileUsageStore.besideRegistry(registryStore.file());
            Path absoluteRoot = root.toAbsolutePath().normalize();
            String name = directory.startsWith(absoluteRoot) ? absoluteRoot.relativize(directory).toString()
                    .replace('\\', '/') + "/" : directory + "/";
            store = new FileUsageStore(registryStore.root(), directory, name);
        }
        return new UsageService(root, config, store, registry, environment, clock);
    }

    /** A service on a given store (tests, benchmarks). */
    public static UsageService on(Path root, DeploytrackConfig config, UsageStore store, RegistryService registry,
                                  Map<String, String> environment, Clock clock) {
        return new UsageService(root, config, store, registry, environment, clock);
    }

    public UsageStore store() {
        return store;
    }

    /** The {@code usage:} section of deploytrack.yml. */
    private UsageSettings settings() {
        return config.get(UsageFeature.SETTINGS);
    }

    @Override
    public void close() throws UsageStoreException, RegistryException {
        try {
            store.close();
        } finally {
            if (registry != null) {
                registry.close();
            }
        }
    }

    public UsageIngest.Result ingest(List<Path> paths, UsageFormat format, IngestProgress progress)
            throws IOException, UsageStoreException, UsageIngest.InputException {
        return new UsageIngest(store, format, progress).ingest(paths);
    }

    /**
     * The report of the period holding {@code asOf} (or now).
     *
     * @throws ConfigException when an environment's budget file or the price file is invalid
     */
    public UsageReport report(Period period, UsageReporter.GroupBy groupBy, Instant asOf)
            throws IOException, ConfigException, UsageStoreException, RegistryException {
        Workspace workspace = DirectoryWorkspace.scan(root, config.excludes(), config.maxDepth());
        List<ConfigProblem> problems = new ArrayList<>();
        PriceTable prices = CostCheck.prices(workspace, config.cost(), problems);
        Map<String, Environment> environments = Environment.load(workspace, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(List.copyOf(new LinkedHashSet<>(problems)));
        }
        Registry deployments = registry == null ? null : registry.read();
        UsageAttribution attribution = new UsageAttribution(settings().rules(), deployments);
        return new UsageReporter(store, attribution, new UsagePricing(prices), environments, settings())
                .report(period, groupBy, asOf == null ? clock.instant() : asOf);
    }

    /**
     * What {@code usage check} found.
     *
     * @param reports  one report per period checked
     * @param fired    alerts sent now
     * @param repeated alerts that had fired before (not sent again)
     * @param failures alerts that could not be delivered (not recorded: the next run retries them)
     */
    public record CheckResult(List<UsageReport> reports, List<Alert> fired, List<Alert> repeated,
                              List<String> failures) {

        public boolean failed() {
            return reports.stream().anyMatch(UsageReport::failed);
        }

        public boolean warned() {
            return reports.stream().anyMatch(UsageReport::warned);
        }
    }

    /**
     * Checks the periods' budgets and fires the alerts they call for, each once: with {@code dryRun}, nothing is
     * sent or recorded, and {@code dryRunOut} receives each payload.
     *
     * @param periods  the periods to check; empty for each period an environment sets a limit for
     *                 ({@code daily_limit_usd}: the day, {@code monthly_limit_usd}: the month)
     * @param channels where alerts go (empty: alerts are only printed, and still fire once)
     */
    public CheckResult check(List<Period> periods, List<Channel> channels, boolean dryRun, Instant asOf,
                             java.util.function.Consumer<String> dryRunOut)
            throws IOException, ConfigException, UsageStoreException, RegistryException {
        List<Period> checked = new ArrayList<>(periods);
        if (checked.isEmpty()) {
            Workspace workspace = DirectoryWorkspace.scan(root, config.excludes(), config.maxDepth());
            List<ConfigProblem> problems = new ArrayList<>();
            Map<String, Environment> environments = Environment.load(workspace, problems);
            if (!problems.isEmpty()) {
                throw new ConfigException(List.copyOf(new LinkedHashSet<>(problems)));
            }
            boolean daily = environments.values().stream().anyMatch(e -> e.limits() != null
                    && e.limits().daily() != null);
            boolean monthly = environments.values().stream().anyMatch(e -> e.limits() != null
                    && e.limits().monthly() != null);
            if (daily) {
                checked.add(Period.DAY);
            }
            if (monthly || !daily) {
                checked.add(Period.MONTH);
            }
        }
        Instant now = asOf == null ? clock.instant() : asOf;
        List<UsageReport> reports = new ArrayList<>();
        List<Alert> fired = new ArrayList<>();
        List<Alert> repeated = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        HttpClient client = dryRun || channels.isEmpty() ? null : HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10)).build();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Period period : checked) {
            UsageReport report = report(period, UsageReporter.GroupBy.ENVIRONMENT, now);
            reports.add(report);
            for (Alert alert : AlertPlanner.plan(report)) {
                if (!seen.add(alert.key())) {
                    continue; // an anomaly found by both the day's and the month's report
                }
                if (dryRun) {
                    if (store.hasFired(alert.key())) {
                        repeated.add(alert);
                        continue;
                    }
                    for (Channel channel : channels) {
                        dryRunOut.accept("would post to " + channel.describe() + ":\n"
                                + channel.dryRunPayload(alert, now));
                    }
                    fired.add(alert);
                    continue;
                }
                try {
                    boolean now1 = store.fireOnce(alert.key(), alert.summary(), () -> {
                        for (Channel channel : channels) {
                            channel.send(alert, client, now);
                        }
                    });
                    (now1 ? fired : repeated).add(alert);
                } catch (UsageStore.DeliveryException e) {
                    failures.add(alert.key() + ": " + e.getMessage());
                }
            }
        }
        return new CheckResult(reports, fired, repeated, failures);
    }

    /**
     * The channels whose secrets are set in the environment, of those named ({@code slack}, {@code webhook},
     * {@code pagerduty}); a channel named without its secret is a mistake, reported by name of the variable.
     */
    public List<Channel> channels(List<String> names, List<String> missing) {
        UsageSettings.Notifications notifications = settings().notifications();
        List<Channel> channels = new ArrayList<>();
        for (String name : names) {
            switch (name) {
                case "slack" -> add(channels, missing, notifications.slackVariable(), Channel.Slack::new);
                case "webhook" -> add(channels, missing, notifications.webhookVariable(), Channel.Webhook::new);
                case "pagerduty" -> add(channels, missing, notifications.pagerDutyVariable(),
                        key -> new Channel.PagerDuty(notifications.pagerDutyUrl(), key));
                default -> missing.add("unknown channel '" + name + "' (slack, webhook or pagerduty)");
            }
        }
        return channels;
    }

    private void add(List<Channel> channels, List<String> missing, String variable, Function<String, Channel> make) {
        String secret = settings().secret(environment, variable);
        if (secret == null) {
            missing.add("set " + variable + " in the environment (it holds a credential, so it is never read from "
                    + "deploytrack.yml)");
        } else {
            channels.add(make.apply(secret));
        }
    }
}
