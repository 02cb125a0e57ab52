package dev.deploytrack.usage.report;

import dev.deploytrack.cost.BudgetLimits;
import dev.deploytrack.cost.Environment;
import dev.deploytrack.cost.ModelPrice;
import dev.deploytrack.usage.Period;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.UsageAttribution;
import dev.deploytrack.usage.UsagePricing;
import dev.deploytrack.usage.UsageSettings;
import dev.deploytrack.usage.alert.Anomaly;
import dev.deploytrack.usage.alert.DailyCostAnomalies;
import dev.deploytrack.usage.alert.VersionCostAnomalies;
import dev.deploytrack.usage.store.UsageStore;
import dev.deploytrack.usage.store.UsageStoreException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Makes a {@link UsageReport} from a store in one pass over the records of the previous and current periods (and
 * the anomaly baseline's days before them): each record is attributed, and its tokens and its own cost are added to
 * a cell per day, agent, environment, model and version; the cells are priced at the end (prices are linear, so the
 * sum of a cell's tokens is priced once and exactly). Memory holds the cells, not the records.
 */
public final class UsageReporter {

    /** Which rows a report groups by. */
    public enum GroupBy {
        AGENT, ENVIRONMENT, MODEL, VERSION;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<GroupBy> parse(String text) {
            for (GroupBy by : values()) {
                if (by.id().equals(text)) {
                    return Optional.of(by);
                }
            }
            return Optional.empty();
        }
    }

    private final UsageStore store;
    private final UsageAttribution attribution;
    private final UsagePricing pricing;
    private final Map<String, Environment> environments;
    private final UsageSettings settings;

    public UsageReporter(UsageStore store, UsageAttribution attribution, UsagePricing pricing,
                         Map<String, Environment> environments, UsageSettings settings) {
        this.store = store;
        this.attribution = attribution;
        this.pricing = pricing;
        this.environments = environments;
        this.settings = settings;
    }

    /** The cell key. */
    private record Cell(LocalDate day, String agent, String environment, String model, String version) {
    }

    /** Sums of one cell. */
    private static final class Sums {
        Tokens priced = Tokens.ZERO;   // tokens of records without their own cost
        Tokens all = Tokens.ZERO;
        BigDecimal ownCost = BigDecimal.ZERO;
        long withCost;
        long calls;
        long records;
    }

    public UsageReport report(Period period, GroupBy groupBy, Instant asOf) throws UsageStoreException {
        LocalDate today = Period.day(asOf);
        LocalDate start = period.start(today);
        LocalDate end = period.next(start);
        LocalDate previous = period.previous(start);
        LocalDate scanFrom = previous.isBefore(start.minusDays(settings.anomalies().windowDays() + 7L))
                ? previous : start.minusDays(settings.anomalies().windowDays() + 7L);
        Map<Cell, Sums> cells = new HashMap<>();
        Map<String, BigDecimal> reported = new TreeMap<>();
        Map<String, String> firstRule = new HashMap<>();
        store.scan(Period.instant(scanFrom), asOf, record -> {
            LocalDate day = Period.day(record.time());
            if (record.reported()) {
                if (!day.isBefore(start)) {
                    String provider = record.provider() == null ? "(unknown)" : record.provider();
                    reported.merge(provider, record.costUsd(), BigDecimal::add);
                }
                return;
            }
            UsageAttribution.Attributed where = attribution.attribute(record);
            Cell cell = new Cell(day, where.agent(), where.environment(), record.model() == null ? "(unknown)"
                    : record.model(), where.version());
            Sums sums = cells.computeIfAbsent(cell, k -> new Sums());
            sums.all = sums.all.plus(record.tokens());
            sums.calls += record.calls();
            sums.records++;
            if (record.costUsd() != null) {
                sums.ownCost = sums.ownCost.add(record.costUsd());
                sums.withCost++;
            } else {
                sums.priced = sums.priced.plus(record.tokens());
            }
            if (record.provider() != null) {
                firstRule.putIfAbsent(cell.model(), record.provider());
            }
        });

        Map<Cell, BigDecimal> costs = new HashMap<>();
        BigDecimal fromRecords = BigDecimal.ZERO;
        BigDecimal fromTable = BigDecimal.ZERO;
        long recordsWithCost = 0;
        long recordsPriced = 0;
        Map<String, Long> unpriced = new TreeMap<>();
        Map<String, BigDecimal> byProvider = new TreeMap<>();
        for (Map.Entry<Cell, Sums> entry : cells.entrySet()) {
            Sums sums = entry.getValue();
            Optional<ModelPrice> price = pricing.price(entry.getKey().model());
            BigDecimal priced = price.map(p -> UsagePricing.cost(sums.priced, p)).orElse(BigDecimal.ZERO);
            BigDecimal cost = sums.ownCost.add(priced);
            costs.put(entry.getKey(), cost);
            if (!entry.getKey().day().isBefore(start)) {
                fromRecords = fromRecords.add(sums.ownCost);
                recordsWithCost += sums.withCost;
                if (price.isPresent()) {
                    fromTable = fromTable.add(priced);
                    recordsPriced += sums.records - sums.withCost;
                } else if (sums.priced.total() > 0) {
                    unpriced.merge(entry.getKey().model(), sums.priced.total(), Long::sum);
                }
                String provider = firstRule.get(entry.getKey().model());
                if (provider != null) {
                    byProvider.merge(provider, cost, BigDecimal::add);
                }
            }
        }

        List<UsageReport.PeriodTotals> periods = List.of(totals(period, previous, start, groupBy, cells, costs),
                totals(period, start, end, groupBy, cells, costs));

        // Daily cost per agent and per environment, for the chart, the anomalies and the forecast.
        Map<String, SortedMap<LocalDate, BigDecimal>> agentDays = new TreeMap<>();
        Map<String, SortedMap<LocalDate, BigDecimal>> environmentDays = new TreeMap<>();
        for (Map.Entry<Cell, BigDecimal> entry : costs.entrySet()) {
            Cell cell = entry.getKey();
            agentDays.computeIfAbsent(cell.agent(), k -> new TreeMap<>()).merge(cell.day(), entry.getValue(),
                    BigDecimal::add);
            environmentDays.computeIfAbsent(cell.environment(), k -> new TreeMap<>()).merge(cell.day(),
                    entry.getValue(), BigDecimal::add);
        }
        List<UsageReport.DailyCost> daily = new ArrayList<>();
        LocalDate chartFrom = start.minusDays(settings.anomalies().windowDays());
        for (Map.Entry<String, SortedMap<LocalDate, BigDecimal>> agent : agentDays.entrySet()) {
            for (LocalDate day = chartFrom; !day.isAfter(today) && day.isBefore(end); day = day.plusDays(1)) {
                daily.add(new UsageReport.DailyCost(day, agent.getKey(), agent.getValue().getOrDefault(day,
                        BigDecimal.ZERO)));
            }
        }

        List<UsageReport.DailyCost> environmentDaily = new ArrayList<>();
        for (Map.Entry<String, SortedMap<LocalDate, BigDecimal>> environment : environmentDays.entrySet()) {
            for (LocalDate day = start; !day.isAfter(today) && day.isBefore(end); day = day.plusDays(1)) {
                environmentDaily.add(new UsageReport.DailyCost(day, environment.getKey(),
                        environment.getValue().getOrDefault(day, BigDecimal.ZERO)));
            }
        }

        List<String> notes = new ArrayList<>();
        List<BudgetStatus> budgets = new ArrayList<>();
        for (Environment environment : environments.values()) {
            BudgetLimits limits = environment.limits();
            if (limits == null) {
                continue;
            }
            SortedMap<LocalDate, BigDecimal> days = environmentDays.getOrDefault(environment.name(), new TreeMap<>());
            BigDecimal actual = BigDecimal.ZERO;
            for (Map.Entry<LocalDate, BigDecimal> day : days.entrySet()) {
                if (!day.getKey().isBefore(start) && day.getKey().isBefore(end)) {
                    actual = actual.add(day.getValue());
                }
            }
            BudgetStatus status = BudgetStatus.evaluate(environment.name(), limits, period, start, end, asOf, actual,
                    days, days.isEmpty() ? null : days.firstKey());
            if (status != null) {
                budgets.add(status);
            }
        }
        for (String environment : environmentDays.keySet()) {
            if (!environment.equals(UsageAttribution.UNATTRIBUTED) && (!environments.containsKey(environment)
                    || environments.get(environment).limits() == null)) {
                notes.add("environment '" + environment + "' has usage but no environments/" + environment + "/"
                        + BudgetLimits.FILE_NAME + ": reported, not gated");
            }
        }
        if (environmentDays.containsKey(UsageAttribution.UNATTRIBUTED)) {
            notes.add("some usage matches no usage.attribution rule in deploytrack.yml: it is reported as "
                    + UsageAttribution.UNATTRIBUTED + " and gated nowhere");
        }
        unpriced.forEach((model, tokens) -> notes.add("model '" + model + "' has no price in the price table: its "
                + tokens + " tokens in this period are not in the cost (add it to a price file, cost.prices)"));

        List<Anomaly> anomalies = new ArrayList<>(DailyCostAnomalies.find(agentDays, start,
                today.isBefore(end) ? today : end.minusDays(1), settings.anomalies()));
        anomalies.addAll(versionAnomalies(cells, costs, start));
        anomalies.sort(Comparator.comparing(Anomaly::day).thenComparing(Anomaly::agent));

        List<UsageReport.Reconciliation> reconciliation = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> provider : reported.entrySet()) {
            BigDecimal ours = byProvider.getOrDefault(provider.getKey(), BigDecimal.ZERO);
            reconciliation.add(new UsageReport.Reconciliation(provider.getKey(), provider.getValue(), ours,
                    ours.subtract(provider.getValue())));
        }
        return new UsageReport(period, asOf, start, end, groupBy.id(), periods, daily, environmentDaily, budgets, anomalies,
                reconciliation, new UsageReport.CostSources(fromRecords, recordsWithCost, fromTable, recordsPriced,
                unpriced), pricing.table().origins(), notes);
    }

    private static UsageReport.PeriodTotals totals(Period period, LocalDate from, LocalDate to, GroupBy groupBy,
                                                   Map<Cell, Sums> cells, Map<Cell, BigDecimal> costs) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        Tokens allTokens = Tokens.ZERO;
        long allCalls = 0;
        BigDecimal allCost = BigDecimal.ZERO;
        for (Map.Entry<Cell, Sums> entry : cells.entrySet()) {
            Cell cell = entry.getKey();
            if (cell.day().isBefore(from) || !cell.day().isBefore(to)) {
                continue;
            }
            String name = switch (groupBy) {
                case AGENT -> cell.agent();
                case ENVIRONMENT -> cell.environment();
                case MODEL -> cell.model();
                case VERSION -> cell.agent() + "@" + cell.version();
            };
            Object[] row = rows.computeIfAbsent(name, k -> new Object[] {Tokens.ZERO, 0L, BigDecimal.ZERO});
            Sums sums = entry.getValue();
            BigDecimal cost = costs.get(cell);
            row[0] = ((Tokens) row[0]).plus(sums.all);
            row[1] = (Long) row[1] + sums.calls;
            row[2] = ((BigDecimal) row[2]).add(cost);
            allTokens = allTokens.plus(sums.all);
            allCalls += sums.calls;
            allCost = allCost.add(cost);
        }
        List<UsageReport.Row> list = new ArrayList<>();
        rows.forEach((name, row) -> list.add(new UsageReport.Row(name, (Tokens) row[0], (Long) row[1],
                (BigDecimal) row[2])));
        list.sort(Comparator.comparing(UsageReport.Row::cost).reversed().thenComparing(UsageReport.Row::name));
        return new UsageReport.PeriodTotals(period.label(from), from, to, list,
                new UsageReport.Row("total", allTokens, allCalls, allCost));
    }

    private List<Anomaly> versionAnomalies(Map<Cell, Sums> cells, Map<Cell, BigDecimal> costs, LocalDate start) {
        // Per agent and environment: each version's calls and cost, and the day it first ran.
        Map<String, Map<String, Object[]>> byAgent = new TreeMap<>();
        for (Map.Entry<Cell, Sums> entry : cells.entrySet()) {
            Cell cell = entry.getKey();
            if (cell.version().equals(UsageAttribution.NO_VERSION) || cell.agent().equals(UsageAttribution.UNATTRIBUTED)) {
                continue;
            }
            Object[] version = byAgent.computeIfAbsent(cell.agent() + "\u0000" + cell.environment(),
                    k -> new HashMap<>()).computeIfAbsent(cell.version(), k -> new Object[] {cell.day(), 0L,
                    BigDecimal.ZERO});
            if (cell.day().isBefore((LocalDate) version[0])) {
                version[0] = cell.day();
            }
            version[1] = (Long) version[1] + entry.getValue().calls;
            version[2] = ((BigDecimal) version[2]).add(costs.get(cell));
        }
        List<Anomaly> found = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object[]>> agent : byAgent.entrySet()) {
            String[] names = agent.getKey().split("\u0000", 2);
            List<VersionCostAnomalies.VersionCost> versions = new ArrayList<>();
            agent.getValue().forEach((version, sums) -> versions.add(new VersionCostAnomalies.VersionCost(version,
                    (LocalDate) sums[0], (Long) sums[1], (BigDecimal) sums[2])));
            versions.sort(Comparator.comparing(VersionCostAnomalies.VersionCost::firstDay)
                    .thenComparing(VersionCostAnomalies.VersionCost::version));
            for (Anomaly anomaly : VersionCostAnomalies.find(names[0], names[1], versions, settings.anomalies())) {
                if (!anomaly.day().isBefore(start)) {
                    found.add(anomaly);
                }
            }
        }
        return found;
    }
}
