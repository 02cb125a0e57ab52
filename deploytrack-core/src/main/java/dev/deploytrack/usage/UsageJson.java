package dev.deploytrack.usage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one line of JSON a stored usage record is, in both backends: fields in a fixed order, absent values left out,
 * so the same record is always the same bytes (which makes a store's files the same whichever machine or order
 * wrote them). Written and read with Jackson's streaming API: a report reads millions of them.
 *
 * <pre>
 * {"source":"claude-code","key":"msg_01:req_01","time":"2026-11-03T10:00:00.123Z","model":"claude-sonnet-4-5",
 *  "provider":"anthropic","input":12,"cache_read":3000,"cache_write_5m":200,"cache_write_1h":0,"output":150,
 *  "reasoning":0,"calls":1,"cost_usd":"0.0123","session":"...","cwd":"/srv/app","tags":["a"],"metadata":{"k":"v"}}
 * </pre>
 */
public final class UsageJson {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private UsageJson() {
    }

    /** The record's line, without a line break. */
    public static String line(UsageRecord record) {
        Text out = new Text();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("source", record.source());
            json.writeStringField("key", record.key());
            json.writeStringField("time", record.time().toString());
            optional(json, "model", record.model());
            optional(json, "provider", record.provider());
            Tokens tokens = record.tokens();
            json.writeNumberField("input", tokens.input());
            json.writeNumberField("cache_read", tokens.cacheRead());
            json.writeNumberField("cache_write_5m", tokens.cacheWrite5m());
            json.writeNumberField("cache_write_1h", tokens.cacheWrite1h());
            json.writeNumberField("output", tokens.output());
            json.writeNumberField("reasoning", tokens.reasoning());
            json.writeNumberField("calls", record.calls());
            if (record.costUsd() != null) {
                json.writeStringField("cost_usd", record.costUsd().toPlainString());
            }
            if (record.reported()) {
                json.writeBooleanField("reported", true);
            }
            optional(json, "session", record.session());
            optional(json, "cwd", record.cwd());
            optional(json, "project", record.project());
            if (!record.tags().isEmpty()) {
                json.writeArrayFieldStart("tags");
                for (String tag : record.tags()) {
                    json.writeString(tag);
                }
                json.writeEndArray();
            }
            if (!record.metadata().isEmpty()) {
                json.writeObjectFieldStart("metadata");
                for (Map.Entry<String, String> entry : record.metadata().entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A writer into an unsynchronized buffer ({@link StringWriter}'s is a {@code StringBuffer}). */
    private static final class Text extends java.io.Writer {
        private final StringBuilder buffer = new StringBuilder(320);

        @Override
        public void write(char[] chars, int offset, int length) {
            buffer.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            buffer.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) {
            buffer.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return buffer.toString();
        }
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    /** Reads a line {@link #line} wrote. */
    public static UsageRecord read(String line) throws IOException {
        try (JsonParser json = FACTORY.createParser(line)) {
            return read(json);
        }
    }

    /** Reads a line {@link #line} wrote, from {@code bytes[offset, offset + length)}. */
    public static UsageRecord read(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser json = FACTORY.createParser(bytes, offset, length)) {
            return read(json);
        }
    }

    private static UsageRecord read(JsonParser json) throws IOException {
        try {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a usage record is a JSON object");
            }
            String source = null;
            String key = null;
            Instant time = null;
            String model = null;
            String provider = null;
            long input = 0;
            long cacheRead = 0;
            long write5m = 0;
            long write1h = 0;
            long output = 0;
            long reasoning = 0;
            long calls = 1;
            BigDecimal cost = null;
            boolean reported = false;
            String session = null;
            String cwd = null;
            String project = null;
            List<String> tags = List.of();
            TreeMap<String, String> metadata = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "source" -> source = json.getText();
                    case "key" -> key = json.getText();
                    case "time" -> time = instant(json.getText());
                    case "model" -> model = json.getText();
                    case "provider" -> provider = json.getText();
                    case "input" -> input = json.getLongValue();
                    case "cache_read" -> cacheRead = json.getLongValue();
                    case "cache_write_5m" -> write5m = json.getLongValue();
                    case "cache_write_1h" -> write1h = json.getLongValue();
                    case "output" -> output = json.getLongValue();
                    case "reasoning" -> reasoning = json.getLongValue();
                    case "calls" -> calls = json.getLongValue();
                    case "cost_usd" -> cost = new BigDecimal(json.getText());
                    case "reported" -> reported = value == JsonToken.VALUE_TRUE;
                    case "session" -> session = json.getText();
                    case "cwd" -> cwd = json.getText();
                    case "project" -> project = json.getText();
                    case "tags" -> {
                        tags = new ArrayList<>();
                        while (json.nextToken() == JsonToken.VALUE_STRING) {
                            tags.add(json.getText());
                        }
                    }
                    case "metadata" -> {
                        metadata = new TreeMap<>();
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String name = json.currentName();
                            json.nextToken();
                            metadata.put(name, json.getText());
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            if (source == null || key == null || time == null) {
                throw new IOException("a usage record needs source, key and time");
            }
            return new UsageRecord(source, key, time, model, provider,
                    new Tokens(input, cacheRead, write5m, write1h, output, reasoning), calls, cost, reported, session,
                    cwd, project, tags, metadata);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IOException("a usage record has an invalid value: " + e.getMessage());
        }
    }

    /**
     * The instant a line holds, as {@link Instant#toString()} wrote it ({@code 2026-11-03T10:00:00.123Z}), read
     * directly: {@link Instant#parse} builds a formatter on every call, which was most of a report's time over
     * millions of records. Any other layout goes to {@link Instant#parse}.
     */
    static Instant instant(String text) {
        int length = text.length();
        if (length >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = 0;
            boolean valid = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0
                    && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
            if (valid && length > 20) {
                int fraction = length - 21;
                valid = text.charAt(19) == '.' && fraction >= 1 && fraction <= 9;
                if (valid) {
                    nanos = digits(text, 20, length - 1);
                    valid = nanos >= 0;
                    for (int i = fraction; i < 9 && valid; i++) {
                        nanos *= 10;
                    }
                }
            }
            if (valid && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, nanos);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
