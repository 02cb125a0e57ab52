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
 * Prints the median of every benchmark's measurements (all iterations of all forks of all given JMH JSON results),
 * and the ratios the benchmarks exist for: deploytrack over raw jtokkit, and a validate that counts over one that
 * does not.
 */
public final class Medians {

    private Medians() {
    }

    public static void main(String[] args) throws IOException {
        // Values of the same benchmark from several result files (rounds) are pooled.
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String file : args) {
            for (JsonNode result : new ObjectMapper().readTree(new File(file))) {
                String name = result.get("benchmark").asText().replaceFirst(".*\\.", "");
                List<Double> pooled = values.computeIfAbsent(name, key -> new ArrayList<>());
                for (JsonNode fork : result.get("primaryMetric").get("rawData")) {
                    fork.forEach(value -> pooled.add(value.asDouble()));
                }
                units.put(name, result.get("primaryMetric").get("scoreUnit").asText());
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> entry : values.entrySet()) {
            List<Double> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Double::compare);
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            medians.put(entry.getKey(), median);
            System.out.printf(Locale.ROOT, "%-26s median %10.3f %-6s  (n=%d, min %.3f, max %.3f)%n", entry.getKey(),
                    median, units.get(entry.getKey()), n, sorted.get(0), sorted.get(n - 1));
        }
        ratio(medians, "deploytrackText", "rawJtokkitText");
        ratio(medians, "deploytrackEstimateText", "rawJtokkitText");
        ratio(medians, "deploytrackFileBytes", "rawJtokkitFileBytes");
        ratio(medians, "validateNeedingACount", "validateNeedingNoCount");
        ratio(medians, "validateTypicalWithinBudgets", "validateTypicalBudgetsOff");
        ratio(medians, "loadO200kOnly", "loadO200kJtokkit");
        if (medians.containsKey("validateTypicalWithinBudgets") && medians.containsKey("validateTypicalBudgetsOff")) {
            System.out.printf(Locale.ROOT, "%.1f ms for budgets decided by the bounds (median difference)%n",
                    medians.get("validateTypicalWithinBudgets") - medians.get("validateTypicalBudgetsOff"));
        }
        if (medians.containsKey("validateNeedingACount") && medians.containsKey("validateNeedingNoCount")) {
            System.out.printf(Locale.ROOT, "%.1f ms saved by not loading a vocabulary (median difference)%n",
                    medians.get("validateNeedingACount") - medians.get("validateNeedingNoCount"));
        }
    }

    private static void ratio(Map<String, Double> medians, String name, String peer) {
        if (medians.containsKey(name) && medians.containsKey(peer)) {
            System.out.printf(Locale.ROOT, "ratio %s / %s = %.3f%n", name, peer, medians.get(name) / medians.get(peer));
        }
    }
}
