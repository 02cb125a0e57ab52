package dev.deploytrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the median of every benchmark's measurements (all iterations of all forks) from JMH's JSON result, and the
 * ratios the benchmarks exist for: deploytrack over raw jtokkit, and a validate that counts over one that does not.
 */
public final class Medians {

    private Medians() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String file : args) {
            for (JsonNode result : new ObjectMapper().readTree(new File(file))) {
                String name = result.get("benchmark").asText().replaceFirst(".*\\.", "");
                List<Double> values = new ArrayList<>();
                for (JsonNode fork : result.get("primaryMetric").get("rawData")) {
                    fork.forEach(value -> values.add(value.asDouble()));
                }
                values.sort(Double::compare);
                double median = values.size() % 2 == 1 ? values.get(values.size() / 2)
                        : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
                medians.put(name, median);
                units.put(name, result.get("primaryMetric").get("scoreUnit").asText());
                System.out.printf(Locale.ROOT, "%-26s median %10.3f %-6s  (n=%d, min %.3f, max %.3f)%n", name,
                        median, units.get(name), values.size(), values.get(0), values.get(values.size() - 1));
            }
        }
        ratio(medians, "deploytrackText", "rawJtokkitText");
        ratio(medians, "deploytrackEstimateText", "rawJtokkitText");
        ratio(medians, "deploytrackFileBytes", "rawJtokkitFileBytes");
        ratio(medians, "validateNeedingACount", "validateNeedingNoCount");
        if (medians.containsKey("validateNeedingACount") && medians.containsKey("validateNeedingNoCount")) {
            System.out.printf(Locale.ROOT, "%-26s %.1f ms saved by not loading a vocabulary%n", "",
                    medians.get("validateNeedingACount") - medians.get("validateNeedingNoCount"));
        }
    }

    private static void ratio(Map<String, Double> medians, String name, String peer) {
        if (medians.containsKey(name) && medians.containsKey(peer)) {
            System.out.printf(Locale.ROOT, "ratio %s / %s = %.3f%n", name, peer, medians.get(name) / medians.get(peer));
        }
    }
}
