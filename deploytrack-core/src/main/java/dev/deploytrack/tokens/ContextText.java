package dev.deploytrack.tokens;

import dev.deploytrack.source.LineIndex;
import java.nio.charset.StandardCharsets;

/**
 * One text that reaches a model, as it is counted, with where it lives: a whole instruction file, a skill's body, or
 * a skill's {@code name: description} line.
 *
 * @param path      the file, relative to the repository root
 * @param firstLine the file line on which {@code text} starts
 * @param text      the text as counted
 */
public record ContextText(String path, int firstLine, String text) {

    /** The file line holding character {@code offset} of the text. */
    public int fileLine(int offset) {
        return firstLine - 1 + LineIndex.of(text).line(offset);
    }

    /**
     * The cheapest upper bound of the encoded token count: every token stands for at least one UTF-8 byte. Lets a
     * budget check skip texts that cannot reach a threshold before looking closer ({@link TokenUpperBound}).
     */
    public int maxTokens() {
        return (int) Math.min(Integer.MAX_VALUE, TokenUpperBound.utf8Bound(text));
    }

    /** The UTF-8 size, for reports. */
    public int utf8Length() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
