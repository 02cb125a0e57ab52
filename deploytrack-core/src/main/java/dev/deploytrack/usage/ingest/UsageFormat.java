package dev.deploytrack.usage.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The usage formats deploytrack reads, and how a file's format is recognised from its first bytes. */
public enum UsageFormat {

    CLAUDE_CODE("claude-code"),
    CODEX("codex"),
    OTLP_JSON("otlp"),
    LITELLM_CSV("litellm-csv"),
    LITELLM_JSON("litellm"),
    ANTHROPIC_COST_REPORT("anthropic-cost-report"),
    OPENAI_COSTS("openai-costs");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String id;

    UsageFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<UsageFormat> parse(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(UsageFormat::id).toList());
    }

    UsageReader reader() {
        return switch (this) {
            case CLAUDE_CODE -> new ClaudeCodeReader();
            case CODEX -> new CodexReader();
            case OTLP_JSON -> new OtlpJsonReader();
            case LITELLM_CSV -> new LiteLlmReader(true);
            case LITELLM_JSON -> new LiteLlmReader(false);
            case ANTHROPIC_COST_REPORT -> new ProviderCostReader(true);
            case OPENAI_COSTS -> new ProviderCostReader(false);
        };
    }

    /**
     * Recognises a file from its name and first bytes: the keys of its first JSON object (or first row, or first
     * element of an array), or a CSV header with LiteLLM's columns. Empty when it is none of these.
     */
    static Optional<UsageFormat> sniff(String fileName, byte[] head, int length) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        if (name.endsWith(".csv")) {
            String header = text.lines().findFirst().orElse("");
            return header.contains("request_id") && header.contains("spend") ? Optional.of(LITELLM_CSV)
                    : Optional.empty();
        }
        Set<String> keys = firstObjectKeys(head, length);
        if (keys.contains("resourceSpans") || keys.contains("resourceMetrics") || keys.contains("resource_spans")
                || keys.contains("resource_metrics")) {
            return Optional.of(OTLP_JSON);
        }
        if (keys.contains("payload") && keys.contains("type") && (text.contains("\"session_meta\"")
                || text.contains("\"turn_context\"") || text.contains("\"event_msg\"")
                || text.contains("\"response_item\""))) {
            return Optional.of(CODEX);
        }
        if (keys.contains("request_id") && keys.contains("spend")) {
            return Optional.of(LITELLM_JSON);
        }
        if (keys.contains("data")) {
            if (text.contains("\"starting_at\"")) {
                return Optional.of(ANTHROPIC_COST_REPORT);
            }
            if (text.contains("organization.costs.result") || text.contains("\"start_time\"")) {
                return Optional.of(OPENAI_COSTS);
            }
        }
        if (keys.contains("sessionId") || keys.contains("parentUuid") || keys.contains("leafUuid")
                || (keys.contains("type") && keys.contains("message"))) {
            return Optional.of(CLAUDE_CODE);
        }
        return Optional.empty();
    }

    /** The top-level keys of the first object in the bytes (inside a leading array too), as far as they go. */
    private static Set<String> firstObjectKeys(byte[] head, int length) {
        Set<String> keys = new HashSet<>();
        try (JsonParser json = MAPPER.getFactory().createParser(head, 0, length)) {
            JsonToken token = json.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = json.nextToken();
            }
            if (token != JsonToken.START_OBJECT) {
                return keys;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(json.currentName());
                json.nextToken();
                json.skipChildren();
            }
        } catch (IOException e) {
            // the first bytes end inside a value: the keys read so far decide
        }
        return keys;
    }
}
