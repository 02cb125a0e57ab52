package dev.deploytrack.usage.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.UsageSources;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * Claude Code session logs ({@code ~/.claude/projects/<project>/<session>.jsonl}, and the subagents' logs in
 * {@code <session>/subagents/}): one JSON object per line; an assistant line carries the API response's
 * {@code message.usage}. Claude Code writes one line per content block of a response (and, while streaming, early
 * copies with a partial output count), and copies lines into other files when a session is resumed: every copy has
 * the same {@code message.id} and {@code requestId}, which are the record's key, so the copies become one record
 * (the ingest keeps the observation with the most tokens, {@link UsageRecord#PREFERRED}).
 *
 * <p>Only the fields usage needs are read, by a streaming parser that skips the content (prompts, tool results)
 * without building it; a line without {@code "usage"} is not parsed at all.
 */
final class ClaudeCodeReader implements UsageReader {

    private static final byte[] USAGE = "\"usage\"".getBytes(StandardCharsets.US_ASCII);
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void read(InputStream in, String name, String path, Sink sink, IngestProblems problems)
            throws IOException {
        LineReader lines = new LineReader(in);
        String project = project(path);
        while (lines.next()) {
            if (lines.tooLong()) {
                problems.skipped("lines longer than " + (LineReader.MAX_LINE >> 20) + " MiB",
                        name + ":" + lines.lineNumber());
                continue;
            }
            if (lines.blank() || !lines.contains(USAGE)) {
                continue;
            }
            Line line;
            try (JsonParser json = FACTORY.createParser(lines.bytes(), 0, lines.length())) {
                line = parse(json);
            } catch (JsonParseException e) {
                problems.skipped("lines that are not JSON (a log cut off while it was written?)",
                        name + ":" + lines.lineNumber());
                continue;
            }
            if (line == null) {
                continue;
            }
            UsageRecord record = line.record(project);
            if (record == null) {
                problems.skipped("usage lines without a valid timestamp", name + ":" + lines.lineNumber());
                continue;
            }
            if (!record.tokens().isZero() || record.costUsd() != null && record.costUsd().signum() > 0) {
                sink.accept(record);
            }
        }
    }

    /** The project directory under {@code projects/}: Claude Code names it after the working directory. */
    static String project(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 2; i++) {
            if (parts[i].equals("projects")) {
                return parts[i + 1];
            }
        }
        return null;
    }

    /** The fields of one line that usage needs; {@code null} when the line is not an assistant response. */
    private static Line parse(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Line line = new Line();
        JsonValues.fields(json, field -> {
            switch (field) {
                case "type" -> line.type = JsonValues.text(json);
                case "timestamp" -> line.timestamp = JsonValues.text(json);
                case "sessionId" -> line.sessionId = JsonValues.text(json);
                case "cwd" -> line.cwd = JsonValues.text(json);
                case "requestId" -> line.requestId = JsonValues.text(json);
                case "uuid" -> line.uuid = JsonValues.text(json);
                case "version" -> line.version = JsonValues.text(json);
                case "gitBranch" -> line.gitBranch = JsonValues.text(json);
                case "isSidechain" -> line.sidechain = json.currentToken() == JsonToken.VALUE_TRUE;
                case "costUSD" -> line.cost = JsonValues.amount(json);
                case "message" -> JsonValues.fields(json, name -> message(json, name, line));
                default -> json.skipChildren();
            }
        });
        if (!line.hasUsage || line.type != null && !line.type.equals("assistant")) {
            return null;
        }
        return line;
    }

    private static void message(JsonParser json, String field, Line line) throws IOException {
        switch (field) {
            case "id" -> line.messageId = JsonValues.text(json);
            case "model" -> line.model = JsonValues.text(json);
            case "usage" -> {
                line.hasUsage = json.currentToken() == JsonToken.START_OBJECT;
                JsonValues.fields(json, name -> usage(json, name, line));
            }
            default -> json.skipChildren();
        }
    }

    private static void usage(JsonParser json, String field, Line line) throws IOException {
        switch (field) {
            case "input_tokens" -> line.input = JsonValues.orZero(JsonValues.count(json));
            case "output_tokens" -> line.output = JsonValues.orZero(JsonValues.count(json));
            case "cache_read_input_tokens" -> line.cacheRead = JsonValues.orZero(JsonValues.count(json));
            case "cache_creation_input_tokens" -> line.cacheCreation = JsonValues.orZero(JsonValues.count(json));
            case "cache_creation" -> JsonValues.fields(json, name -> {
                switch (name) {
                    case "ephemeral_5m_input_tokens" -> line.write5m = JsonValues.count(json);
                    case "ephemeral_1h_input_tokens" -> line.write1h = JsonValues.count(json);
                    default -> json.skipChildren();
                }
            });
            default -> json.skipChildren();
        }
    }

    /** One assistant line's fields. */
    private static final class Line {
        String type;
        String timestamp;
        String sessionId;
        String cwd;
        String requestId;
        String uuid;
        String version;
        String gitBranch;
        boolean sidechain;
        BigDecimal cost;
        String messageId;
        String model;
        boolean hasUsage;
        long input;
        long output;
        long cacheRead;
        long cacheCreation;
        Long write5m;
        Long write1h;

        UsageRecord record(String project) {
            Instant time = JsonValues.time(timestamp);
            if (time == null) {
                return null;
            }
            // The breakdown by lifetime, where the log has it; a total without it is the default 5-minute cache.
            long oneHour = write1h == null ? 0 : write1h;
            long fiveMinutes = write5m == null ? 0 : write5m;
            long unexplained = cacheCreation - oneHour - fiveMinutes;
            if (unexplained > 0) {
                fiveMinutes += unexplained;
            }
            Tokens tokens = new Tokens(input, cacheRead, fiveMinutes, oneHour, output, 0);
            TreeMap<String, String> metadata = new TreeMap<>();
            if (version != null) {
                metadata.put("claude_code.version", version);
            }
            if (gitBranch != null && !gitBranch.isEmpty()) {
                metadata.put("git.branch", gitBranch);
            }
            if (sidechain) {
                metadata.put("claude_code.subagent", "true");
            }
            return new UsageRecord(UsageSources.CLAUDE_CODE, key(), time, model, "anthropic", tokens, 1, cost,
                    false, sessionId, cwd, project, List.of(), metadata);
        }

        /** {@code message.id:requestId}; logs without either fall back to the line's own id, then its content. */
        private String key() {
            if (messageId != null && requestId != null) {
                return messageId + ":" + requestId;
            }
            if (messageId != null) {
                return messageId;
            }
            if (uuid != null) {
                return "line:" + uuid;
            }
            return "line:" + sessionId + ":" + timestamp + ":" + input + ":" + output + ":" + cacheRead;
        }
    }
}
