package dev.deploytrack.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.cost.Money;
import dev.deploytrack.usage.ingest.IngestProgress;
import dev.deploytrack.usage.ingest.UsageIngest;
import dev.deploytrack.usage.report.UsageReport;
import dev.deploytrack.usage.report.UsageReporter;
import dev.deploytrack.usage.store.FileUsageStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of Claude Code logs built here (never a real user's): November 2026, one project, a main session per day
 * with two responses, each written as Claude Code writes it (an early streaming line with output_tokens 1, then one
 * line per content block with the final usage), a subagent's log per day in subagents/, a model switch on the 16th
 * (claude-sonnet-4-5-20250929 to claude-opus-4-8), the 10th's session copied into a resumed session's file, and
 * costUSD on the subagent's lines of the 1st to the 5th.
 */
class ClaudeCodeUsageTest {

    @TempDir
    Path root;

    /** Writes the month; returns the projects directory. */
    static Path month(Path base) throws Exception {
        Path projects = base.resolve(".claude/projects/-srv-agents-code-review");
        for (int day = 1; day <= 30; day++) {
            String date = String.format("2026-11-%02d", day);
            String model = day <= 15 ? "claude-sonnet-4-5-20250929" : "claude-opus-4-8";
            String session = "session-" + day;
            List<String> lines = new ArrayList<>();
            lines.add("{\"type\":\"user\",\"sessionId\":\"" + session + "\",\"cwd\":\"/srv/agents/code-review\","
                    + "\"timestamp\":\"" + date + "T09:00:00.000Z\",\"message\":{\"role\":\"user\",\"content\":"
                    + "\"review the \\\"usage\\\" diff\"}}");
            for (int m = 1; m <= 2; m++) {
                String id = "msg_" + day + "_" + m;
                String request = "req_" + day + "_" + m;
                String usage = "{\"input_tokens\":100,\"cache_creation_input_tokens\":2000,"
                        + "\"cache_read_input_tokens\":10000,\"cache_creation\":{\"ephemeral_5m_input_tokens\":1500,"
                        + "\"ephemeral_1h_input_tokens\":500},\"output_tokens\":%d,\"service_tier\":\"standard\"}";
                String time = date + "T09:0" + m + ":00.000Z";
                // The streaming line first (output 1), then the final usage once per content block.
                lines.add(assistant(session, id, request, model, String.format(usage, 1), time, null, false));
                lines.add(assistant(session, id, request, model, String.format(usage, 500), time, null, false));
                lines.add(assistant(session, id, request, model, String.format(usage, 500), time, null, false));
            }
            UsageTestSupport.writeLines(projects.resolve(session + ".jsonl"), lines);
            String subUsage = "{\"input_tokens\":50,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":4000,"
                    + "\"output_tokens\":200}";
            UsageTestSupport.writeLines(projects.resolve(session + "/subagents/agent-" + day + ".jsonl"), List.of(
                    assistant(session, "msg_sub_" + day, "req_sub_" + day, model, subUsage, date + "T09:05:00.000Z",
                            day <= 5 ? "0.05" : null, true)));
            if (day == 10) {
                // A resumed session copies the 10th's lines into a new file: the same responses, not new ones.
                UsageTestSupport.writeLines(projects.resolve("session-10-resumed.jsonl"), lines);
            }
        }
        return projects;
    }

    static String assistant(String session, String id, String request, String model, String usage, String time,
                            String cost, boolean sidechain) {
        return "{\"parentUuid\":null,\"isSidechain\":" + sidechain + ",\"type\":\"assistant\",\"sessionId\":\""
                + session + "\",\"cwd\":\"/srv/agents/code-review\",\"version\":\"2.1.0\",\"gitBranch\":\"main\","
                + "\"requestId\":\"" + request + "\",\"timestamp\":\"" + time + "\","
                + (cost == null ? "" : "\"costUSD\":" + cost + ",")
                + "\"message\":{\"id\":\"" + id + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
                + model + "\",\"content\":[{\"type\":\"text\",\"text\":\"looks fine, \\\"usage\\\" ok\"}],"
                + "\"stop_reason\":null,\"usage\":" + usage + "}}";
    }

    @Test
    void aMonthOfLogsCountsEachResponseOnceAndCostsWhatTheArithmeticSays() throws Exception {
        Path projects = month(root);
        UsageTestSupport.write(root.resolve("deploytrack.yml"), """
                usage:
                  attribution:
                    - agent: code-review
                      environment: production
                      when: {cwd: /srv/agents/code-review}
                """);
        Instant asOf = Instant.parse("2026-11-30T23:00:00Z");
        try (UsageService service = UsageTestSupport.service(root, asOf)) {
            UsageIngest.Result result = service.ingest(List.of(projects), null, IngestProgress.NONE);
            // 30 days x (2 responses + 1 subagent response) = 90 calls; the 10th's copy adds nothing.
            assertEquals(90, result.appended().added());
            assertEquals(31 + 30, result.files().values().stream().mapToInt(Integer::intValue).sum());

            UsageReport report = service.report(Period.MONTH, UsageReporter.GroupBy.MODEL, asOf);
            UsageReport.Row total = report.periods().get(1).total();
            // Per day: 2 responses x (input 100, output 500, cache read 10,000, 5m write 1,500, 1h write 500)
            //        + 1 subagent response (input 50, output 200, cache read 4,000)
            //        = input 250, output 1,200, cache read 24,000, 5m writes 3,000, 1h writes 1,000. x 30 days:
            assertEquals(new Tokens(7_500, 720_000, 90_000, 30_000, 36_000, 0), total.tokens());
            assertEquals(90, total.calls());
            // Priced per day, USD per million tokens:
            //   claude-sonnet-4-5 (3 / cache read 0.30 / 5m 3.75 / 1h 6.00 / output 15), days 1-15:
            //     250x3 + 24,000x0.30 + 3,000x3.75 + 1,000x6 + 1,200x15 = 750 + 7,200 + 11,250 + 6,000 + 18,000
            //     = 43,200 per million = $0.0432 a day
            //   claude-opus-4-8 (5 / 0.50 / 6.25 / 10 / 25), days 16-30:
            //     250x5 + 24,000x0.5 + 3,000x6.25 + 1,000x10 + 1,200x25 = 1,250 + 12,000 + 18,750 + 10,000 + 30,000
            //     = 72,000 per million = $0.072 a day
            //   15 x 0.0432 + 15 x 0.072 = 0.648 + 1.08 = $1.728
            //   The subagent's costUSD of $0.05 wins on days 1-5 over its priced cost, sonnet:
            //     50x3 + 4,000x0.30 + 200x15 = 150 + 1,200 + 3,000 = 4,350 per million = $0.00435 a day,
            //   so those 5 days add 5 x (0.05 - 0.00435) = 0.22825: $1.728 + 0.22825 = $1.95625, $1.96 to the cent.
            assertEquals(0, new BigDecimal("1.95625").compareTo(total.cost()), total.cost().toPlainString());
            assertEquals(new BigDecimal("1.96"), Money.cents(total.cost()));
            assertEquals(0, new BigDecimal("0.25").compareTo(report.sources().fromRecords()));
            assertEquals(5, report.sources().recordsWithCost());
            assertEquals(85, report.sources().recordsPriced());
            // By model: the switch on the 16th splits the month.
            assertEquals(List.of("claude-opus-4-8", "claude-sonnet-4-5-20250929"),
                    report.periods().get(1).rows().stream().map(UsageReport.Row::name).toList());
            assertEquals(0, new BigDecimal("1.08").compareTo(report.periods().get(1).rows().get(0).cost()));
        }
    }

    @Test
    void ingestingTwiceOrInAnotherOrderOnAnotherMachineWritesTheSameBytes() throws Exception {
        Path projects = month(root);
        FileUsageStore first = UsageTestSupport.store(root.resolve("machine-a"));
        UsageIngest.Result once = new UsageIngest(first, null, IngestProgress.NONE).ingest(List.of(projects));
        UsageIngest.Result twice = new UsageIngest(first, null, IngestProgress.NONE).ingest(List.of(projects));
        assertEquals(90, once.appended().added());
        assertEquals(0, twice.appended().added());
        assertEquals(90, twice.appended().already());

        // Machine B reads the files one by one, in a shuffled order, in batches of 7 calls.
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(projects)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        Collections.shuffle(files, new Random(16));
        FileUsageStore second = UsageTestSupport.store(root.resolve("machine-b"));
        for (Path file : files) {
            new UsageIngest(second, null, IngestProgress.NONE).ingest(List.of(file));
        }
        for (int day = 1; day <= 30; day++) {
            LocalDate date = LocalDate.of(2026, 11, day);
            Path a = first.directory().resolve("2026/11/" + date + ".jsonl");
            Path b = second.directory().resolve("2026/11/" + date + ".jsonl");
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), date.toString());
            assertEquals(3, Files.readAllLines(a).size(), "one line per response on " + date);
        }
        assertTrue(Files.readString(first.directory().resolve("2026/11/2026-11-01.jsonl"))
                .contains("\"output\":500"), "the final observation, not the streaming line's output 1");
    }
}
