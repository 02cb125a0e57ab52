package dev.deploytrack.usage.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.UsageSources;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenTelemetry GenAI telemetry exported as OTLP JSON (the collector's file exporter, or a saved export request):
 * one or more {@code ExportTraceServiceRequest} / {@code ExportMetricsServiceRequest} documents, one after another
 * or one per line. Read streaming, one span or data point at a time.
 *
 * <p><b>Spans.</b> A span with {@code gen_ai.usage.input_tokens} or {@code gen_ai.usage.output_tokens} is one call,
 * keyed by trace and span id. By the GenAI semantic conventions the input count <em>includes</em> cached tokens:
 * {@code gen_ai.usage.cache_read.input_tokens} and {@code gen_ai.usage.cache_creation.input_tokens} are taken out of
 * it, so they are counted once. An instrumentation that follows Anthropic's own convention instead (an input count
 * smaller than the cached counts) is read as uncached input. The model is {@code gen_ai.response.model}, else
 * {@code gen_ai.request.model}; the provider {@code gen_ai.provider.name} (or the older {@code gen_ai.system}).
 *
 * <p><b>Metrics.</b> The histogram {@code gen_ai.client.token.usage}, split by {@code gen_ai.token.type}
 * ({@code input}/{@code output}): each data point's sum is the tokens of its interval (delta temporality); with
 * cumulative temporality, the difference from the series' previous point in the file, a new start time restarting
 * the count. Metrics carry no cache breakdown: their input is counted as uncached.
 *
 * <p>Resource and span attributes that are short strings (and not credentials) are kept as metadata for
 * attribution; message content attributes are never kept.
 */
final class OtlpJsonReader implements UsageReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN_METRIC = "gen_ai.client.token.usage";

    @Override
    public void read(InputStream in, String name, String path, Sink sink, IngestProblems problems)
            throws IOException {
        try (JsonParser json = MAPPER.getFactory().createParser(in)) {
            Map<String, long[]> cumulative = new HashMap<>();
            while (json.nextToken() != null) {
                JsonValues.fields(json, field -> {
                    if (field.equals("resourceSpans") || field.equals("resource_spans")) {
                        each(json, () -> resource(json, sink, cumulative));
                    } else if (field.equals("resourceMetrics") || field.equals("resource_metrics")) {
                        each(json, () -> resource(json, sink, cumulative));
                    } else {
                        json.skipChildren();
                    }
                });
            }
        } catch (JsonParseException e) {
            problems.skipped("OTLP JSON files that are not valid JSON (the rest of the file was not read)",
                    name + ":" + e.getLocation().getLineNr());
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step} for each element of the array the parser is at. */
    private static void each(JsonParser json, Step step) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
            step.run();
        }
    }

    private static void resource(JsonParser json, Sink sink, Map<String, long[]> cumulative) throws IOException {
        Map<String, String> resource = new TreeMap<>();
        JsonValues.fields(json, field -> {
            if (field.equals("resource")) {
                JsonNode node = json.readValueAsTree();
                attributes(node.path("attributes"), resource);
            } else if (field.equals("scopeSpans") || field.equals("scope_spans")) {
                each(json, () -> scope(json, sink, resource, "spans", null));
            } else if (field.equals("scopeMetrics") || field.equals("scope_metrics")) {
                each(json, () -> scope(json, sink, resource, "metrics", cumulative));
            } else {
                json.skipChildren();
            }
        });
    }

    private static void scope(JsonParser json, Sink sink, Map<String, String> resource, String items,
                              Map<String, long[]> cumulative) throws IOException {
        JsonValues.fields(json, field -> {
            if (field.equals(items)) {
                each(json, () -> {
                    JsonNode item = json.readValueAsTree();
                    if (cumulative == null) {
                        span(item, resource, sink);
                    } else {
                        metric(item, resource, sink, cumulative);
                    }
                });
            } else {
                json.skipChildren();
            }
        });
    }

    private static void span(JsonNode span, Map<String, String> resource, Sink sink) throws IOException {
        Map<String, JsonNode> attributes = new HashMap<>();
        for (JsonNode attribute : span.path("attributes")) {
            attributes.put(attribute.path("key").asText(), value(attribute.path("value")));
        }
        Long inputTotal = count(attributes, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens");
        Long output = count(attributes, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens");
        if (inputTotal == null && output == null) {
            return;
        }
        long cacheRead = JsonValues.orZero(count(attributes, "gen_ai.usage.cache_read.input_tokens",
                "gen_ai.usage.cache_read_input_tokens", "gen_ai.usage.input_tokens.cached"));
        long cacheWrite = JsonValues.orZero(count(attributes, "gen_ai.usage.cache_creation.input_tokens",
                "gen_ai.usage.cache_creation_input_tokens", "gen_ai.usage.input_tokens.cache_write"));
        long reasoning = JsonValues.orZero(count(attributes, "gen_ai.usage.reasoning.output_tokens"));
        long input = JsonValues.orZero(inputTotal);
        long uncached = input >= cacheRead + cacheWrite ? input - cacheRead - cacheWrite : input;
        long out = JsonValues.orZero(output);
        Instant time = nanos(span.path("startTimeUnixNano"), span.path("start_time_unix_nano"));
        if (time == null) {
            return;
        }
        String model = firstText(attributes, "gen_ai.response.model", "gen_ai.request.model");
        String provider = firstText(attributes, "gen_ai.provider.name", "gen_ai.system");
        TreeMap<String, String> metadata = new TreeMap<>(resource);
        attributes.forEach((key, node) -> keep(metadata, key, node));
        String trace = firstNonNull(JsonValues.text(span.path("traceId")), JsonValues.text(span.path("trace_id")));
        String spanId = firstNonNull(JsonValues.text(span.path("spanId")), JsonValues.text(span.path("span_id")));
        String key = trace != null && spanId != null ? trace + ":" + spanId : "span:" + digest(span.toString());
        sink.accept(new UsageRecord(UsageSources.OPENTELEMETRY, key, time, model,
                provider != null ? provider : UsageSources.providerOfModel(model),
                new Tokens(uncached, cacheRead, cacheWrite, 0, out, Math.min(reasoning, out)), 1, null, false,
                firstText(attributes, "gen_ai.conversation.id"), null, resource.get("service.name"), List.of(),
                metadata));
    }

    private static void metric(JsonNode metric, Map<String, String> resource, Sink sink,
                               Map<String, long[]> cumulative) throws IOException {
        if (!TOKEN_METRIC.equals(metric.path("name").asText())) {
            return;
        }
        JsonNode histogram = metric.has("histogram") ? metric.path("histogram") : metric.path("sum");
        String temporality = histogram.path("aggregationTemporality").asText();
        boolean isCumulative = temporality.equals("2") || temporality.contains("CUMULATIVE");
        for (JsonNode point : histogram.path("dataPoints")) {
            Map<String, JsonNode> attributes = new TreeMap<>();
            for (JsonNode attribute : point.path("attributes")) {
                attributes.put(attribute.path("key").asText(), value(attribute.path("value")));
            }
            String type = firstText(attributes, "gen_ai.token.type");
            boolean input = "input".equals(type);
            if (!input && !"output".equals(type)) {
                continue;
            }
            Long sum = JsonValues.count(point.path("sum").isMissingNode() ? point.path("asInt") : point.path("sum"));
            Long calls = JsonValues.count(point.path("count"));
            Instant start = nanos(point.path("startTimeUnixNano"), point.path("start_time_unix_nano"));
            Instant end = nanos(point.path("timeUnixNano"), point.path("time_unix_nano"));
            if (sum == null || end == null) {
                continue;
            }
            StringBuilder series = new StringBuilder(TOKEN_METRIC);
            attributes.forEach((key, node) -> series.append('|').append(key).append('=').append(node.asText()));
            resource.forEach((key, value) -> series.append('|').append(key).append('=').append(value));
            long tokens = sum;
            long count = JsonValues.orZero(calls);
            if (isCumulative) {
                String id = series + "|" + start;
                long[] before = cumulative.get(id);
                cumulative.put(id, new long[] {sum, count});
                if (before != null) {
                    if (sum < before[0]) {
                        continue; // points out of order: the later one was counted
                    }
                    tokens = sum - before[0];
                    count = Math.max(0, count - before[1]);
                }
            }
            if (tokens == 0) {
                continue;
            }
            String model = firstText(attributes, "gen_ai.response.model", "gen_ai.request.model");
            String provider = firstText(attributes, "gen_ai.provider.name", "gen_ai.system");
            TreeMap<String, String> metadata = new TreeMap<>(resource);
            attributes.forEach((key, node) -> keep(metadata, key, node));
            Tokens counted = input ? new Tokens(tokens, 0, 0, 0, 0, 0) : new Tokens(0, 0, 0, 0, tokens, 0);
            String key = "metric:" + digest(series.toString()) + ":" + (start == null ? "" : start) + ":" + end;
            sink.accept(new UsageRecord(UsageSources.OPENTELEMETRY, key, start != null && !isCumulative ? start
                    : end, model, provider != null ? provider : UsageSources.providerOfModel(model), counted,
                    input ? count : 0, null, false, null, null, resource.get("service.name"), List.of(), metadata));
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attribute kept for attribution: short strings, not usage counts, content or credentials. */
    private static void keep(Map<String, String> metadata, String key, JsonNode node) {
        if (key.startsWith("gen_ai.usage.") || key.startsWith("gen_ai.prompt") || key.startsWith("gen_ai.completion")
                || key.startsWith("gen_ai.input.") || key.startsWith("gen_ai.output.")
                || key.equals("gen_ai.system_instructions") || !node.isValueNode()) {
            return;
        }
        String value = JsonValues.metadataValue(key, node.asText());
        if (value != null) {
            metadata.put(key, value);
        }
    }

    private static void attributes(JsonNode list, Map<String, String> into) {
        for (JsonNode attribute : list) {
            keep(into, attribute.path("key").asText(), value(attribute.path("value")));
        }
    }

    /** An OTLP AnyValue as a plain JSON value ({@code intValue} is a string in OTLP JSON). */
    private static JsonNode value(JsonNode any) {
        for (String kind : List.of("stringValue", "intValue", "doubleValue", "boolValue", "string_value",
                "int_value", "double_value", "bool_value")) {
            if (any.has(kind)) {
                return any.get(kind);
            }
        }
        return any; // arrays, maps and bytes stay as they are (not kept)
    }

    private static Long count(Map<String, JsonNode> attributes, String... keys) {
        for (String key : keys) {
            Long value = JsonValues.count(attributes.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstText(Map<String, JsonNode> attributes, String... keys) {
        for (String key : keys) {
            String value = JsonValues.text(attributes.get(key));
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static Instant nanos(JsonNode camel, JsonNode snake) {
        Long nanos = JsonValues.count(camel.isMissingNode() ? snake : camel);
        return nanos == null || nanos == 0 ? null
                : Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
    }

    private static String firstNonNull(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
