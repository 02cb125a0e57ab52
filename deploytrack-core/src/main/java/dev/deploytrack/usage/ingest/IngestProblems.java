package dev.deploytrack.usage.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an ingest skipped, with where: a line that is not JSON (a log cut off while its session was still writing),
 * a value of the wrong type, a file in no known format. Kept as counts per kind and the first few places of each,
 * so a million bad lines neither flood the output nor grow memory; every skip is counted, none is silent.
 */
public final class IngestProblems {

    private static final int PLACES_KEPT = 5;

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> places = new LinkedHashMap<>();

    /**
     * @param kind  what was wrong, e.g. "lines that are not JSON"
     * @param place where, e.g. {@code projects/app/s1.jsonl:17}
     */
    public synchronized void skipped(String kind, String place) {
        counts.merge(kind, 1, Integer::sum);
        List<String> kept = places.computeIfAbsent(kind, k -> new ArrayList<>());
        if (kept.size() < PLACES_KEPT) {
            kept.add(place);
        }
    }

    public synchronized boolean isEmpty() {
        return counts.isEmpty();
    }

    public synchronized int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** One line per kind: the count, the first places, and what to do. */
    public synchronized List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            List<String> kept = places.get(entry.getKey());
            lines.add("skipped " + entry.getValue() + " " + entry.getKey() + ": " + String.join(", ", kept)
                    + (entry.getValue() > kept.size() ? ", ..." : ""));
        }
        return lines;
    }
}
