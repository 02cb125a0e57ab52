package dev.deploytrack.usage.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.UsageSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codex CLI sessions ({@code ~/.codex/sessions/YYYY/MM/DD/rollout-<time>-<id>.jsonl}): a {@code session_meta} line
 * (the session's id and working directory), {@code turn_context} lines (the model), and {@code event_msg} lines of
 * type {@code token_count} whose {@code info.total_token_usage} is the session's running total. A record is the
 * difference between one total and the one before it:
 * <ul>
 *   <li>a total equal to the previous one (Codex repeats the event when only its rate limits changed) adds nothing;</li>
 *   <li>a total smaller than the previous one in any count means the counters restarted (a new conversation in the
 *       same file): the new total is counted from zero, and the key's segment number goes up;</li>
 *   <li>the key is the session, the segment and the running totals at that event, so a file read again, or a
 *       resumed session's copy of the same events, gives the same keys.</li>
 * </ul>
 * Codex counts cached input inside {@code input_tokens} and reasoning inside {@code output_tokens} (OpenAI's
 * convention): input is split into cached and uncached, and reasoning is shown but not added.
 */
final class CodexReader implements UsageReader {

    private static final byte[] SESSION_META = "session_meta".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TURN_CONTEXT = "turn_context".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOKEN_COUNT = "token_count".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern FILE_ID = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.jsonl$");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void read(InputStream in, String name, String path, Sink sink, IngestProblems problems)
            throws IOException {
        LineReader lines = new LineReader(in);
        Matcher id = FILE_ID.matcher(path);
        String session = id.find() ? id.group(1) : path;
        String cwd = null;
        String model = null;
        String cliVersion = null;
        long[] previous = null;
        int segment = 0;
        while (lines.next()) {
            if (lines.tooLong()) {
                problems.skipped("lines longer than " + (LineReader.MAX_LINE >> 20) + " MiB",
                        name + ":" + lines.lineNumber());
                continue;
            }
            boolean meta = lines.contains(SESSION_META);
            boolean context = !meta && lines.contains(TURN_CONTEXT);
            boolean count = !meta && !context && lines.contains(TOKEN_COUNT);
            if (!meta && !context && !count) {
                continue;
            }
            JsonNode line;
            try {
                line = MAPPER.readTree(lines.bytes(), 0, lines.length());
            } catch (JsonParseException e) {
                problems.skipped("lines that are not JSON (a log cut off while it was written?)",
                        name + ":" + lines.lineNumber());
                continue;
            }
            String type = JsonValues.text(line.path("type"));
            JsonNode payload = line.path("payload");
            if ("session_meta".equals(type)) {
                session = firstNonNull(JsonValues.text(payload.path("id")), session);
                cwd = firstNonNull(JsonValues.text(payload.path("cwd")), cwd);
                cliVersion = firstNonNull(JsonValues.text(payload.path("cli_version")), cliVersion);
            } else if ("turn_context".equals(type)) {
                model = firstNonNull(JsonValues.text(payload.path("model")), model);
                cwd = firstNonNull(JsonValues.text(payload.path("cwd")), cwd);
            } else if ("event_msg".equals(type) && "token_count".equals(JsonValues.text(payload.path("type")))) {
                JsonNode total = payload.path("info").path("total_token_usage");
                if (!total.isObject()) {
                    continue; // an event with rate limits only
                }
                long[] now = {
                    JsonValues.orZero(JsonValues.count(total.path("input_tokens"))),
                    JsonValues.orZero(JsonValues.count(total.path("cached_input_tokens"))),
                    JsonValues.orZero(JsonValues.count(total.path("output_tokens"))),
                    JsonValues.orZero(JsonValues.count(total.path("reasoning_output_tokens")))};
                long[] delta;
                if (previous == null) {
                    delta = now;
                } else if (java.util.Arrays.equals(previous, now)) {
                    continue;
                } else if (decreased(previous, now)) {
                    segment++;
                    delta = now;
                } else {
                    delta = new long[] {now[0] - previous[0], now[1] - previous[1], now[2] - previous[2],
                        now[3] - previous[3]};
                }
                previous = now;
                Instant time = JsonValues.time(JsonValues.text(line.path("timestamp")));
                if (time == null) {
                    problems.skipped("token counts without a valid timestamp", name + ":" + lines.lineNumber());
                    continue;
                }
                String eventModel = firstNonNull(JsonValues.text(payload.path("info").path("model")), model);
                long cached = Math.min(delta[1], delta[0]);
                Tokens tokens = new Tokens(delta[0] - cached, cached, 0, 0, delta[2], Math.min(delta[3], delta[2]));
                TreeMap<String, String> metadata = new TreeMap<>();
                if (cliVersion != null) {
                    metadata.put("codex.version", cliVersion);
                }
                String key = session + ":" + segment + ":" + now[0] + ":" + now[1] + ":" + now[2] + ":" + now[3];
                sink.accept(new UsageRecord(UsageSources.CODEX, key, time, eventModel, "openai", tokens, 1, null,
                        false, session, cwd, null, List.of(), metadata));
            }
        }
    }

    private static boolean decreased(long[] previous, long[] now) {
        for (int i = 0; i < now.length; i++) {
            if (now[i] < previous[i]) {
                return true;
            }
        }
        return false;
    }

    private static String firstNonNull(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
