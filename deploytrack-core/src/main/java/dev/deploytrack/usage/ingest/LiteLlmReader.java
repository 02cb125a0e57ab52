package dev.deploytrack.usage.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.UsageSources;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LiteLLM spend logs, as the proxy's {@code LiteLLM_SpendLogs} table is exported: CSV with a header row, a JSON
 * array of rows (the {@code /spend/logs} API), or one JSON row per line. A row is one request: {@code request_id}
 * is its key, {@code spend} the cost LiteLLM computed (which wins over the price table), {@code startTime} its time,
 * {@code model}, {@code prompt_tokens} and {@code completion_tokens} its tokens, {@code request_tags} its tags, and
 * {@code metadata} (a JSON object, in CSV a JSON string) what attribution may test. Prompt tokens include cached
 * ones (OpenAI's convention, which LiteLLM follows): the cache counts in {@code metadata.usage_object} are taken out.
 * CSV is read with Jackson's CSV module (quoted fields holding commas, quotes and line breaks are common here: the
 * metadata column is JSON).
 */
final class LiteLlmReader implements UsageReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private final boolean csv;

    LiteLlmReader(boolean csv) {
        this.csv = csv;
    }

    @Override
    public void read(InputStream in, String name, String path, Sink sink, IngestProblems problems)
            throws IOException {
        if (csv) {
            readCsv(in, name, sink, problems);
        } else {
            readJson(in, name, sink, problems);
        }
    }

    private void readCsv(InputStream in, String name, Sink sink, IngestProblems problems) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (com.fasterxml.jackson.databind.MappingIterator<Map<String, String>> rows = CSV
                .readerFor(Map.class).with(schema)
                .readValues(in)) {
            while (true) {
                Map<String, String> row;
                long line;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    row = rows.nextValue();
                    line = rows.getCurrentLocation().getLineNr();
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.skipped("CSV rows that could not be read (the rest of the file was not read)",
                            name + ":" + e.getLocation().getLineNr());
                    return;
                }
                ObjectNode node = MAPPER.createObjectNode();
                row.forEach((key, value) -> {
                    if (value != null && !value.isEmpty()) {
                        node.put(key, value);
                    }
                });
                row(node, name + ":" + line, sink, problems);
            }
        }
    }

    private void readJson(InputStream in, String name, Sink sink, IngestProblems problems) throws IOException {
        try (JsonParser json = MAPPER.getFactory().createParser(in)) {
            JsonValues.objects(json, (row, line) -> row(row, name + ":" + line, sink, problems));
        } catch (JsonParseException e) {
            problems.skipped("LiteLLM files that are not valid JSON (the rest of the file was not read)",
                    name + ":" + e.getLocation().getLineNr());
        }
    }

    private static void row(JsonNode row, String place, Sink sink, IngestProblems problems) throws IOException {
        String requestId = JsonValues.text(row.path("request_id"));
        Instant time = JsonValues.time(firstText(row, "startTime", "start_time"));
        if (requestId == null || requestId.isEmpty() || time == null) {
            problems.skipped("LiteLLM rows without request_id or startTime", place);
            return;
        }
        JsonNode metadata = json(row.path("metadata"));
        JsonNode usage = metadata.path("usage_object");
        long prompt = JsonValues.orZero(JsonValues.count(row.path("prompt_tokens")));
        long completion = JsonValues.orZero(JsonValues.count(row.path("completion_tokens")));
        long cacheRead = JsonValues.orZero(first(JsonValues.count(usage.path("cache_read_input_tokens")),
                JsonValues.count(usage.path("prompt_tokens_details").path("cached_tokens"))));
        long cacheWrite = JsonValues.orZero(JsonValues.count(usage.path("cache_creation_input_tokens")));
        long reasoning = JsonValues.orZero(JsonValues.count(usage.path("completion_tokens_details")
                .path("reasoning_tokens")));
        long uncached = prompt >= cacheRead + cacheWrite ? prompt - cacheRead - cacheWrite : prompt;
        BigDecimal spend = JsonValues.amount(row.path("spend"));
        String model = firstText(row, "model", "model_group");
        String provider = firstText(row, "custom_llm_provider");
        TreeMap<String, String> kept = new TreeMap<>();
        for (String field : List.of("user", "team_id", "end_user", "model_group", "api_base", "call_type")) {
            String value = JsonValues.text(row.path(field));
            if (value != null && !value.isEmpty()) {
                String safe = JsonValues.metadataValue(field, value);
                if (safe != null) {
                    kept.put("litellm." + field, safe);
                }
            }
        }
        flatten("", metadata, kept, 0);
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : json(row.path("request_tags"))) {
            if (tag.isTextual()) {
                tags.add(tag.asText());
            }
        }
        sink.accept(new UsageRecord(UsageSources.LITELLM, requestId, time, model,
                provider != null ? provider : UsageSources.providerOfModel(model),
                new Tokens(uncached, cacheRead, cacheWrite, 0, completion, Math.min(reasoning, completion)), 1,
                spend, false, JsonValues.text(row.path("session_id")), null, null, tags, kept));
    }

    /** Scalars of the metadata object, nested keys joined with dots, two levels deep; usage counts left out. */
    private static void flatten(String prefix, JsonNode node, Map<String, String> into, int depth) {
        if (!node.isObject() || depth > 1) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            if (field.getKey().equals("usage_object") || field.getKey().equals("headers")) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, into, depth + 1);
            } else if (value.isValueNode() && !value.isNull()) {
                String safe = JsonValues.metadataValue(key, value.asText());
                if (safe != null) {
                    into.put(key, safe);
                }
            }
        }
    }

    /** A JSON value given inline or, as CSV exports write it, as a string holding JSON. */
    private static JsonNode json(JsonNode node) {
        if (node.isTextual()) {
            try {
                return MAPPER.readTree(node.asText());
            } catch (IOException e) {
                return MAPPER.missingNode();
            }
        }
        return node;
    }

    private static Long first(Long a, Long b) {
        return a != null ? a : b;
    }

    private static String firstText(JsonNode row, String... fields) {
        for (String field : fields) {
            String value = JsonValues.text(row.path(field));
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
