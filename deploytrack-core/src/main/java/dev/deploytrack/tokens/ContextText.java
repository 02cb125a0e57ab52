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
     * An upper bound of the encoded token count without counting: every token stands for at least one UTF-8 byte.
     * Lets a budget check skip texts that cannot reach a threshold without loading a vocabulary.
     */
    public int maxTokens() {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** The UTF-8 size, for reports. */
    public int utf8Length() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
