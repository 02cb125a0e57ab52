package dev.deploytrack.usage.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.UsageSources;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * What the providers say was spent, saved from their cost APIs, to reconcile the records against: never added to
 * them (each becomes a record marked {@code reported}). A file holds one response page, or several (one per line,
 * or in a JSON array).
 * <ul>
 *   <li>Anthropic's cost report ({@code GET /v1/organizations/cost_report}): {@code data[]} buckets with
 *       {@code starting_at} and {@code results[]}, whose {@code amount} is a decimal string in cents.</li>
 *   <li>OpenAI's organization costs ({@code GET /v1/organization/costs}): {@code data[]} buckets with
 *       {@code start_time} (epoch seconds) and {@code results[]}, whose {@code amount.value} is in dollars.</li>
 * </ul>
 * A result's key is its bucket start and its grouping fields, so a page saved twice counts once.
 */
final class ProviderCostReader implements UsageReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BigDecimal CENTS_PER_DOLLAR = BigDecimal.valueOf(100);

    private final boolean anthropic;

    ProviderCostReader(boolean anthropic) {
        this.anthropic = anthropic;
    }

    @Override
    public void read(InputStream in, String name, String path, Sink sink, IngestProblems problems)
            throws IOException {
        try (JsonParser json = MAPPER.getFactory().createParser(in)) {
            JsonValues.objects(json, (page, line) -> page(page, name, sink, problems));
        } catch (JsonParseException e) {
            problems.skipped("cost exports that are not valid JSON (the rest of the file was not read)",
                    name + ":" + e.getLocation().getLineNr());
        }
    }

    private void page(JsonNode page, String name, Sink sink, IngestProblems problems) throws IOException {
        for (JsonNode bucket : page.path("data")) {
            Instant start = anthropic ? JsonValues.time(JsonValues.text(bucket.path("starting_at")))
                    : epoch(bucket.path("start_time"));
            if (start == null) {
                problems.skipped("cost buckets without a start", name);
                continue;
            }
            for (JsonNode result : bucket.path("results")) {
                if (anthropic) {
                    anthropicResult(start, result, name, sink, problems);
                } else {
                    openAiResult(start, result, name, sink, problems);
                }
            }
        }
    }

    private static void anthropicResult(Instant start, JsonNode result, String name, Sink sink,
                                        IngestProblems problems) throws IOException {
        BigDecimal cents = JsonValues.amount(result.path("amount"));
        String currency = JsonValues.text(result.path("currency"));
        if (cents == null || currency != null && !currency.equalsIgnoreCase("USD")) {
            problems.skipped("cost results without an amount in USD", name);
            return;
        }
        TreeMap<String, String> groups = new TreeMap<>();
        for (String field : List.of("workspace_id", "description", "cost_type", "context_window", "model",
                "service_tier", "token_type")) {
            String value = JsonValues.text(result.path(field));
            if (value != null) {
                groups.put(field, value);
            }
        }
        sink.accept(reported(UsageSources.ANTHROPIC_COST_REPORT, start, groups, cents.divide(CENTS_PER_DOLLAR),
                groups.get("model"), "anthropic"));
    }

    private static void openAiResult(Instant start, JsonNode result, String name, Sink sink, IngestProblems problems)
            throws IOException {
        BigDecimal dollars = JsonValues.amount(result.path("amount").path("value"));
        String currency = JsonValues.text(result.path("amount").path("currency"));
        if (dollars == null || currency != null && !currency.equalsIgnoreCase("usd")) {
            problems.skipped("cost results without an amount in USD", name);
            return;
        }
        TreeMap<String, String> groups = new TreeMap<>();
        for (String field : List.of("line_item", "project_id", "project_name", "organization_id")) {
            String value = JsonValues.text(result.path(field));
            if (value != null) {
                groups.put(field, value);
            }
        }
        sink.accept(reported(UsageSources.OPENAI_COSTS, start, groups, dollars, null, "openai"));
    }

    private static UsageRecord reported(String source, Instant start, TreeMap<String, String> groups, BigDecimal usd,
                                        String model, String provider) {
        StringBuilder key = new StringBuilder(start.toString());
        groups.forEach((field, value) -> key.append('|').append(field).append('=').append(value));
        return new UsageRecord(source, key.toString(), start, model, provider, Tokens.ZERO, 0, usd, true, null, null,
                null, List.of(), groups);
    }

    private static Instant epoch(JsonNode node) {
        Long seconds = JsonValues.count(node);
        return seconds == null ? null : JsonValues.epoch(seconds);
    }
}
