package dev.deploytrack.tokens;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts tokens; the vocabulary is loaded on first use. */
public final class Example {

    private static final Map<String, Integer> CACHE = new ConcurrentHashMap<>();

    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return CACHE.computeIfAbsent(text, t -> t.split("\\s+").length);
    }

    @Override
    public String toString() {
        return "Example{" + CACHE.size() + "}"; // trailing comment   
    }
}
