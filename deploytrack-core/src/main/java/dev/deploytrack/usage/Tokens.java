package dev.deploytrack.usage;

/**
 * Token counts of one model call (or a sum of calls), in disjoint buckets, each priced on its own: input that was
 * neither read from nor written to the prompt cache, input read from the cache, input written to the cache for five
 * minutes or for an hour, and output. Sources that count cached tokens inside their input total (OpenAI, Codex,
 * OpenTelemetry GenAI, LiteLLM) are split into these buckets when they are read, so nothing is counted twice.
 *
 * @param input        input tokens not read from or written to the prompt cache
 * @param cacheRead    input tokens read from the prompt cache
 * @param cacheWrite5m input tokens written to the prompt cache with a five-minute lifetime
 * @param cacheWrite1h input tokens written to the prompt cache with a one-hour lifetime
 * @param output       output tokens, reasoning included
 * @param reasoning    the part of {@code output} spent on reasoning (shown, never added again)
 */
public record Tokens(long input, long cacheRead, long cacheWrite5m, long cacheWrite1h, long output, long reasoning) {

    public static final Tokens ZERO = new Tokens(0, 0, 0, 0, 0, 0);

    /** Every token billed: the input buckets and the output. */
    public long total() {
        return input + cacheRead + cacheWrite5m + cacheWrite1h + output;
    }

    /** Input tokens of every kind. */
    public long allInput() {
        return input + cacheRead + cacheWrite5m + cacheWrite1h;
    }

    public Tokens plus(Tokens other) {
        return new Tokens(input + other.input, cacheRead + other.cacheRead, cacheWrite5m + other.cacheWrite5m,
                cacheWrite1h + other.cacheWrite1h, output + other.output, reasoning + other.reasoning);
    }

    public boolean isZero() {
        return total() == 0 && reasoning == 0;
    }
}
