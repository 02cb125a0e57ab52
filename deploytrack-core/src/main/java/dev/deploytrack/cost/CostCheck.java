package dev.deploytrack.cost;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.tokens.AgentContext;
import dev.deploytrack.tokens.EstimateFactor;
import dev.deploytrack.tokens.EstimateFactors;
import dev.deploytrack.tokens.ModelTokenizers;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Workspace;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import dev.deploytrack.yaml.Suggestions;
import dev.deploytrack.yaml.YamlFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code cost-check} of both front doors: reads the price table, the environments and the repository's agent
 * context, projects each environment's spend and compares it with the environment's limits. Configuration mistakes
 * in any input file stop the check with every problem at once ({@link ConfigException}); nothing is guessed.
 */
public final class CostCheck {

    private final DeploytrackConfig config;
    private final Vocabularies vocabularies;
    private final LocalDate today;

    /**
     * @param today the date prices are judged stale against (the front doors pass the current date)
     */
    public CostCheck(DeploytrackConfig config, Vocabularies vocabularies, LocalDate today) {
        this.config = config;
        this.vocabularies = vocabularies;
        this.today = today;
    }

    /**
     * Checks the repository at {@code root}.
     *
     * @param environment the one environment to check, or {@code null} for all
     */
    public CostReport run(Path root, String environment) throws IOException, ConfigException,
            UnknownEnvironmentException {
        return run(DirectoryWorkspace.scan(root, config.excludes(), config.maxDepth()), environment);
    }

    public CostReport run(Workspace workspace, String environment) throws ConfigException,
            UnknownEnvironmentException {
        CostSettings settings = config.cost();
        List<ConfigProblem> problems = new ArrayList<>();
        PriceTable prices = prices(workspace, settings, problems);
        Map<String, Environment> environments = Environment.load(workspace, problems);
        for (Map.Entry<String, Workload> configured : settings.environments().entrySet()) {
            if (!environments.containsKey(configured.getKey())) {
                String suggestion = Suggestions.closest(configured.getKey(), environments.keySet(), 3);
                problems.add(new ConfigProblem(settings.configFile(), configured.getValue().line(), 1,
                        "cost.environments names '" + configured.getKey() + "', but there is no "
                                + Environment.DIRECTORY + "/" + configured.getKey() + "/ with a "
                                + BudgetLimits.FILE_NAME + " or " + ModelOverrides.FILE_NAME
                                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")));
            }
        }
        // An environment whose files cannot be read is not unknown: its problems come first.
        fail(problems);
        if (environment != null && !environments.containsKey(environment)) {
            throw new UnknownEnvironmentException(environment, List.copyOf(environments.keySet()));
        }

        FindingCollector reading = new FindingCollector(config.rulePolicy());
        CheckContext context = new CheckContext(workspace, AgentFileDiscovery.discover(workspace),
                reading, config.maxFileSize());
        AgentContext agentContext = AgentContext.read(context);
        CostProjector projector = new CostProjector(settings, prices, agentContext, config.tokens().estimates(),
                vocabularies);
        List<Projection> projections = new ArrayList<>();
        for (Environment candidate : environments.values()) {
            if (environment == null || candidate.name().equals(environment)) {
                projector.project(candidate, problems).ifPresent(projections::add);
            }
        }
        fail(problems);

        List<String> warnings = new ArrayList<>();
        staleness(prices, settings, warnings);
        List<String> notices = new ArrayList<>();
        estimates(projections, config.tokens().estimates(), notices);
        for (Projection projection : projections) {
            if (projection.limitsFile() == null) {
                notices.add("environment '" + projection.environment() + "' has no " + BudgetLimits.FILE_NAME
                        + ": projected, not gated");
            }
        }
        for (Finding finding : reading.toReport().findings()) {
            notices.add(finding.path() + ": " + finding.message());
        }
        if (environments.isEmpty()) {
            notices.add("no environments: create " + Environment.DIRECTORY + "/NAME/" + BudgetLimits.FILE_NAME
                    + " (and " + ModelOverrides.FILE_NAME + ") for each environment to check");
        }
        return new CostReport(projections, prices.origins(), settings.daysPerMonth(), warnings, notices,
                today);
    }

    private static void fail(List<ConfigProblem> problems) throws ConfigException {
        if (!problems.isEmpty()) {
            throw new ConfigException(List.copyOf(new LinkedHashSet<>(problems)));
        }
    }

    /** The bundled table, overridden by the user's price file (read through the workspace: never outside it). */
    public static PriceTable prices(Workspace workspace, CostSettings settings, List<ConfigProblem> problems) {
        PriceTable bundled = PriceTable.bundled();
        if (settings.prices() == null) {
            return bundled;
        }
        String path = settings.prices().replace('\\', '/');
        Path resolved = workspace.root().resolve(path).normalize();
        if (!resolved.startsWith(workspace.root().normalize()) || Path.of(path).isAbsolute()) {
            problems.add(new ConfigProblem(settings.configFile(), settings.pricesLine(), 1,
                    "cost.prices must name a file inside the repository, relative to its root, not '" + path + "'"));
            return bundled;
        }
        String relative = workspace.root().normalize().relativize(resolved).toString().replace('\\', '/');
        if (!workspace.files().contains(relative)) {
            problems.add(new ConfigProblem(settings.configFile(), settings.pricesLine(), 1,
                    "the price file '" + relative + "' (cost.prices) " + workspace.skipReason(relative)
                            .map(reason -> "was not read: " + reason).orElse("does not exist")));
            return bundled;
        }
        try {
            return bundled.overriddenBy(PriceTable.parse(SourceText.decode(workspace.readInput(relative,
                    "the price table", InputFiles.CONFIG_LIMIT)).text(), relative));
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        } catch (InputFileException e) {
            problems.add(YamlFile.problem(e));
        }
        return bundled;
    }

    private void staleness(PriceTable prices, CostSettings settings, List<String> warnings) {
        for (PriceTable.Origin origin : prices.origins()) {
            if (origin.asOf() == null) {
                continue;
            }
            long age = ChronoUnit.DAYS.between(origin.asOf(), today);
            if (age > settings.maxPriceAgeDays()) {
                warnings.add("prices may be stale: " + origin.name() + " is " + age + " days old (as of "
                        + origin.asOf() + "; cost.max-price-age-days is " + settings.maxPriceAgeDays()
                        + "). Update deploytrack, or put current prices in a price file (cost.prices)");
            }
        }
    }

    private static void estimates(List<Projection> projections, EstimateFactors factors, List<String> notices) {
        Set<String> models = new LinkedHashSet<>();
        for (Projection projection : projections) {
            projection.agents().stream().filter(agent -> !agent.exactTokens())
                    .forEach(agent -> models.add(agent.model()));
        }
        for (String model : models) {
            Optional<EstimateFactor> estimate = Optional.ofNullable(ModelTokenizers.forModel(model, factors)
                    .estimate());
            estimate.ifPresent(factor -> notices.add("token counts for " + model + " are estimates: "
                    + factor.describe() + " (" + factor.family() + " family; docs/tokens-and-cost.md gives the "
                    + "sources)"));
        }
    }

}
