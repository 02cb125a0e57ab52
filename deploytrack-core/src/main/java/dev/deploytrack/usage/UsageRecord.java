package dev.deploytrack.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One model call as a usage log recorded it, normalized: where it came from and its key there (unique within the
 * source: Claude Code's {@code message.id} and {@code requestId}, LiteLLM's {@code request_id}, ...), when, which
 * model, the tokens in disjoint buckets, the cost the source computed (Claude Code's {@code costUSD}, LiteLLM's
 * {@code spend}) when it gave one, and the facts attribution reads (working directory, session, tags, metadata).
 * Which agent, environment and version a record belongs to is decided when a report reads it, by the rules of
 * deploytrack.yml and the registry as they are then ({@code UsageAttribution}).
 *
 * <p>A record with {@code reported} set is not a call but a provider's own total for a period (an Anthropic cost
 * report or OpenAI costs export): reports compare it with the calls and never add it to them.
 *
 * @param source   the format it was read from ({@link UsageSources})
 * @param key      its identity within the source; the same call read again, from any file or machine, has the same
 * @param time     when the call was made (for a provider total: the start of its period)
 * @param model    the model as the source names it, or {@code null}
 * @param provider {@code anthropic}, {@code openai}, ... when known, else {@code null}
 * @param calls    model calls it stands for (1; 0 for a provider total)
 * @param costUsd  the cost the source gives, or {@code null} (then the price table prices the tokens)
 * @param metadata string attributes attribution rules may test (OpenTelemetry resource and span attributes,
 *                 LiteLLM metadata), without credentials
 */
public record UsageRecord(String source, String key, Instant time, String model, String provider, Tokens tokens,
                          long calls, BigDecimal costUsd, boolean reported, String session, String cwd,
                          String project, List<String> tags, SortedMap<String, String> metadata) {

    /**
     * Of two observations of one call (its streamed lines, a log copied into another session, a log read before
     * and after the call finished), the one that counts: the most tokens, then the most output, then the higher
     * cost, then the earlier time, then the smaller encoding. A total order, so the result does not depend on the
     * order in which files, lines or machines delivered them.
     */
    public static final Comparator<UsageRecord> PREFERRED = Comparator
            .comparingLong((UsageRecord r) -> r.tokens().total())
            .thenComparingLong(r -> r.tokens().output())
            .thenComparing(UsageRecord::costUsd, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(UsageRecord::time, Comparator.reverseOrder())
            .thenComparing(UsageJson::line, Comparator.reverseOrder());

    public UsageRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(tokens, "tokens");
        tags = tags == null ? List.of() : List.copyOf(tags);
        metadata = metadata == null ? new TreeMap<>() : new TreeMap<>(metadata);
    }

    /** The identity of the call across sources: source and key. */
    public String identity() {
        return source + "\u0000" + key;
    }

    /** The observation of the same call that counts ({@link #PREFERRED}). */
    public static UsageRecord preferred(UsageRecord a, UsageRecord b) {
        if (a.equals(b)) {
            return a; // the usual case (a response's lines repeat one usage): no encoding to compare
        }
        return PREFERRED.compare(a, b) >= 0 ? a : b;
    }

    public String metadata(String name) {
        return metadata.get(name);
    }

    /** A builder-like copy with other metadata. */
    public UsageRecord withMetadata(Map<String, String> values) {
        return new UsageRecord(source, key, time, model, provider, tokens, calls, costUsd, reported, session, cwd,
                project, tags, new TreeMap<>(values));
    }
}
