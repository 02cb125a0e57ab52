package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.registry.RegistryLocation;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.TestPostgres;
import dev.deploytrack.usage.alert.Anomaly;
import dev.deploytrack.usage.ingest.IngestProgress;
import dev.deploytrack.usage.report.BudgetStatus;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReporter;
import dev.deploytrack.usage.store.PostgresUsageStore;
import dev.deploytrack.usage.store.UsageStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call whose observations straddle midnight UTC (Claude Code's streaming line at 23:59:59.9 and its final usage at
 * 00:00:00.1; a resumed session's copy written just after midnight) is counted once, on the day of the observation
 * that counts, by every report that reads days: each day's report, the week's and the month's, the budgets of
 * {@code usage check}, the daily costs the anomalies are judged on; on both backends, and again after the same logs
 * are ingested a second time.
 *
 * <p>The logs, one agent in production, every line with its own {@code costUSD}:
 * <ul>
 *   <li>a $1 call at noon every day from 2026-11-20 to 2026-12-01;</li>
 *   <li>{@code msg_week}: streaming line Sunday 2026-11-29 23:59:59.900 ($5, output 1), final usage Monday
 *       00:00:00.100 ($100): a week boundary; the final line counts, so Monday the 30th;</li>
 *   <li>{@code msg_copy}: 2026-11-30 23:59:59.900 ($10), copied by a resumed session at 2026-12-01 00:00:00.100 with
 *       the same usage: a month boundary; the earlier of two equal observations counts, so November 30th;</li>
 *   <li>{@code msg_month}: streaming line 2026-11-30 23:59:59.950 ($5), final usage 2026-12-01 00:00:00.050
 *       ($1,000): December 1st.</li>
 * </ul>
 * So: the 29th $1, the 30th $111, December 1st $1,001; November $121 (13 calls), December $1,001 (2 calls).
 */
class UsageMidnightTest {

    private static final Path ANYWHERE = Path.of("/srv/agents/triage");

    @TempDir
    Path root;

    private static final Map<LocalDate, String> DAY_COST = new TreeMap<>();
    private static final Map<LocalDate, Long> DAY_CALLS = new TreeMap<>();

    static {
        for (LocalDate day = LocalDate.of(2026, 11, 20); !day.isAfter(LocalDate.of(2026, 12, 1)); day = day.plusDays(1)) {
            DAY_COST.put(day, "1");
            DAY_CALLS.put(day, 1L);
        }
        DAY_COST.put(LocalDate.of(2026, 11, 30), "111");
        DAY_CALLS.put(LocalDate.of(2026, 11, 30), 3L);
        DAY_COST.put(LocalDate.of(2026, 12, 1), "1001");
        DAY_CALLS.put(LocalDate.of(2026, 12, 1), 2L);
    }

    /**
     * The logs as three ingests saw them: the session's log read at midnight (the streaming lines and the copied
     * response's first observation only), the same log read again once complete, and the resumed session's log read
     * on its own (another machine's ingest). Returns the three directories, in that order.
     */
    private List<Path> logs() throws Exception {
        Path logs = root.resolve("logs");
        List<String> atMidnight = new ArrayList<>();
        for (LocalDate day : DAY_COST.keySet()) {
            atMidnight.add(line("s1", "msg_noon_" + day, day + "T12:00:00.000Z", 500, "1"));
        }
        atMidnight.add(line("s1", "msg_week", "2026-11-29T23:59:59.900Z", 1, "5"));
        atMidnight.add(line("s1", "msg_copy", "2026-11-30T23:59:59.900Z", 500, "10"));
        atMidnight.add(line("s1", "msg_month", "2026-11-30T23:59:59.950Z", 1, "5"));
        List<String> complete = new ArrayList<>(atMidnight);
        complete.add(line("s1", "msg_week", "2026-11-30T00:00:00.100Z", 500, "100"));
        complete.add(line("s1", "msg_month", "2026-12-01T00:00:00.050Z", 500, "1000"));
        UsageTestSupport.writeLines(logs.resolve("at-midnight/-srv-agents-triage/s1.jsonl"), atMidnight);
        UsageTestSupport.writeLines(logs.resolve("complete/-srv-agents-triage/s1.jsonl"), complete);
        // The resumed session writes the earlier response again, just after midnight.
        UsageTestSupport.writeLines(logs.resolve("resumed/-srv-agents-triage/s2.jsonl"), List.of(
                line("s2", "msg_copy", "2026-12-01T00:00:00.100Z", 500, "10")));
        UsageTestSupport.write(root.resolve("deploytrack.yml"), """
                usage:
                  attribution:
                    - agent: triage
                      environment: production
                      when: {cwd: /srv/agents/triage}
                """);
        UsageTestSupport.write(root.resolve("environments/production/budget-limits.yaml"), """
                daily_limit_usd: 150
                monthly_limit_usd: 5000
                """);
        return List.of(logs.resolve("at-midnight"), logs.resolve("complete"), logs.resolve("resumed"));
    }

    private static String line(String session, String id, String time, int output, String cost) {
        return ClaudeCodeUsageTest.assistant(session, id, "req_" + id, "claude-sonnet-4-5-20250929",
                "{\"input_tokens\":10,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,"
                        + "\"output_tokens\":" + output + "}", time, cost, false).replace(
                "/srv/agents/code-review", ANYWHERE.toString());
    }

    private UsageService service(UsageStore store, Instant now) throws Exception {
        DeploytrackConfig config = ConfigLoader.load(root, null);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return UsageService.on(root, config, store, RegistryService.open(root, config.registry(), null, clock),
                Map.of(), clock);
    }

    /** The last moment of a day: a report run then sees the day whole, and nothing after it has happened yet. */
    private static Instant endOf(LocalDate day) {
        return Period.instant(day.plusDays(1)).minusMillis(1);
    }

    private static void assertCost(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual.toPlainString());
    }

    private static void assertPeriod(UsageReport.PeriodTotals totals, long calls, String cost) {
        assertEquals(calls, totals.total().calls(), totals.label() + " calls");
        assertCost(cost, totals.total().cost(), totals.label() + " cost");
    }

    /** Everything that reads days, against the figures above. */
    private void assertCountedOnce(UsageStore store) throws Exception {
        long allCalls = 0;
        BigDecimal allCost = BigDecimal.ZERO;
        for (LocalDate day : DAY_COST.keySet()) {
            try (UsageService service = service(store, endOf(day))) {
                UsageReport report = service.report(Period.DAY, UsageReporter.GroupBy.AGENT, endOf(day));
                assertPeriod(report.periods().get(1), DAY_CALLS.get(day), DAY_COST.get(day));
                // The day before, as the same report shows it, is what that day's own report said.
                LocalDate before = day.minusDays(1);
                if (DAY_COST.containsKey(before)) {
                    assertPeriod(report.periods().get(0), DAY_CALLS.get(before), DAY_COST.get(before));
                }
                allCalls += report.periods().get(1).total().calls();
                allCost = allCost.add(report.periods().get(1).total().cost());

                // usage check: the day's budget is spent by the day's calls, and each threshold by them alone.
                UsageService.CheckResult check = service.check(List.of(Period.DAY), List.of(), true, endOf(day),
                        payload -> { });
                BudgetStatus budget = check.reports().get(0).budgets().get(0);
                assertCost(DAY_COST.get(day), budget.actual(), day + " budget");
                boolean seventy = check.fired().stream().anyMatch(a -> a.key().equals(
                        "threshold:production:day:" + day + ":70"));
                assertEquals(new BigDecimal(DAY_COST.get(day)).compareTo(new BigDecimal("105")) >= 0, seventy,
                        day + ": the 70% alert of $150 fires on the days that spent $105");
            }
        }
        assertEquals(15, allCalls, "the day reports add up to every call once");
        assertCost("1122", allCost, "the day reports' sum");

        try (UsageService service = service(store, endOf(LocalDate.of(2026, 12, 1)))) {
            // Weeks: Monday 2026-11-23 to Sunday the 29th, then from Monday the 30th.
            UsageReport week = service.report(Period.WEEK, UsageReporter.GroupBy.AGENT,
                    endOf(LocalDate.of(2026, 12, 1)));
            assertPeriod(week.periods().get(0), 7, "7");
            assertPeriod(week.periods().get(1), 5, "1112");
            // Months: November then December, each call in one of them.
            UsageReport month = service.report(Period.MONTH, UsageReporter.GroupBy.AGENT,
                    endOf(LocalDate.of(2026, 12, 1)));
            assertPeriod(month.periods().get(0), 13, "121");
            assertPeriod(month.periods().get(1), 2, "1001");
            // The daily costs the chart and the anomalies read: each day once, the straddling calls where they count.
            Map<LocalDate, BigDecimal> daily = new TreeMap<>();
            for (UsageReport.DailyCost cost : month.daily()) {
                daily.put(cost.day(), cost.cost());
            }
            assertCost("1", daily.get(LocalDate.of(2026, 11, 29)), "the chart's 29th");
            assertCost("111", daily.get(LocalDate.of(2026, 11, 30)), "the chart's 30th");
            assertCost("1001", daily.get(LocalDate.of(2026, 12, 1)), "the chart's 1st");
        }
        // The anomalies: the 30th and the 1st stand out from $1 days; the 29th, with its streaming line, does not.
        try (UsageService service = service(store, endOf(LocalDate.of(2026, 11, 30)))) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = LocalDate.of(2026, 11, 27); !day.isAfter(LocalDate.of(2026, 12, 1)); day = day.plusDays(1)) {
                for (Anomaly anomaly : service.report(Period.DAY, UsageReporter.GroupBy.AGENT, endOf(day)).anomalies()) {
                    days.add(anomaly.day());
                    if (anomaly.day().equals(day)) {
                        assertCost(DAY_COST.get(day), anomaly.value(), day + " anomaly");
                    }
                }
            }
            assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)), days);
        }
    }

    private long ingest(UsageStore store, List<Path> paths) throws Exception {
        try (UsageService service = service(store, endOf(LocalDate.of(2026, 12, 1)))) {
            return service.ingest(paths, null, IngestProgress.NONE).appended().added();
        }
    }

    private void ingestTwiceAndCheck(UsageStore store) throws Exception {
        List<Path> logs = logs();
        // 12 noon calls and the three straddling calls' observations before midnight; then the two final lines;
        // then the copy: every distinct observation is stored, on the day it was made.
        List<Long> added = List.of(ingest(store, List.of(logs.get(0))), ingest(store, List.of(logs.get(1))),
                ingest(store, List.of(logs.get(2))));
        assertCountedOnce(store);
        assertEquals(List.of(15L, 2L, 1L), added, "new records per ingest");
        assertEquals(0, ingest(store, logs), "the same logs again store nothing");
        assertEquals(0, ingest(store, List.of(logs.get(0))), "the early read again stores nothing");
        assertCountedOnce(store);
    }

    @Test
    void fileStoreCountsAStraddlingCallOnceInEveryPeriod() throws Exception {
        ingestTwiceAndCheck(UsageTestSupport.store(root));
    }

    @Test
    void postgresCountsAStraddlingCallOnceInEveryPeriod() throws Exception {
        try (TestPostgres database = TestPostgres.schema();
             PostgresUsageStore store = PostgresUsageStore.open(new RegistryLocation(database.url(), true),
                     System.getenv())) {
            ingestTwiceAndCheck(store);
        }
    }

    @Test
    void aCallMovesToTheDayOfItsFinalUsageWhenThatIsIngested() throws Exception {
        // The streaming line alone is stored (the log was read before the response finished): the call counts on
        // the 29th; once the final line is ingested, it counts on the 30th, and the 29th no longer has it.
        List<Path> logs = logs();
        UsageStore store = UsageTestSupport.store(root);
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertEquals(15, ingest(store, List.of(logs.get(0))));
        try (UsageService service = service(store, endOf(sunday))) {
            assertPeriod(service.report(Period.DAY, UsageReporter.GroupBy.AGENT, endOf(sunday)).periods().get(1), 2,
                    "6");
        }
        assertEquals(2, ingest(store, List.of(logs.get(1))));
        try (UsageService service = service(store, endOf(sunday))) {
            assertPeriod(service.report(Period.DAY, UsageReporter.GroupBy.AGENT, endOf(sunday)).periods().get(1), 1,
                    "1");
        }
    }
}
