package dev.deploytrack.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line access to the evaluation corpus for bench/secrets/eval.sh, so that other scanners (gitleaks) can be
 * scored on exactly the same files:
 * <pre>
 *   write DIR SEED ROUNDS           writes the corpus files and DIR/../labels.json
 *   score LABELS REPORT FORMAT      FORMAT: deploytrack (JSON report) or gitleaks (JSON report)
 * </pre>
 */
public final class CorpusTool {

    private CorpusTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("write")) {
            write(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
        } else if (args.length == 4 && args[0].equals("score")) {
            score(Path.of(args[1]), Path.of(args[2]), args[3]);
        } else {
            System.err.println("usage: write DIR SEED ROUNDS | score LABELS REPORT deploytrack|gitleaks");
            System.exit(2);
        }
    }

    private static void write(Path dir, long seed, int rounds) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode labels = root.putArray("secrets");
        int lookAlikes = 0;
        for (AgentRepoCorpus.CorpusFile file : AgentRepoCorpus.generate(seed, rounds)) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            for (AgentRepoCorpus.Label label : file.secrets()) {
                labels.addObject().put("path", label.path()).put("line", label.line()).put("rule", label.rule());
            }
            lookAlikes += file.lookAlikes();
        }
        root.put("lookAlikes", lookAlikes);
        mapper.writerWithDefaultPrettyPrinter().writeValue(dir.resolveSibling(dir.getFileName() + "-labels.json")
                .toFile(), root);
        System.out.println(labels.size() + " secrets and " + lookAlikes + " look-alikes written to " + dir);
    }

    private static void score(Path labelsFile, Path reportFile, String format) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Set<String> planted = new TreeSet<>();
        for (JsonNode label : mapper.readTree(labelsFile.toFile()).get("secrets")) {
            planted.add(label.get("path").asText() + ":" + label.get("line").asInt());
        }
        JsonNode report = mapper.readTree(reportFile.toFile());
        Set<String> reported = new TreeSet<>();
        if (format.toLowerCase(Locale.ROOT).equals("gitleaks")) {
            for (JsonNode finding : report) {
                reported.add(finding.get("File").asText().replace('\\', '/').replaceFirst("^\\./", "") + ":"
                        + finding.get("StartLine").asInt());
            }
        } else {
            for (JsonNode finding : report.get("findings")) {
                if (!finding.get("rule").asText().startsWith("file-")) {
                    reported.add(finding.get("path").asText() + ":" + finding.get("line").asInt());
                }
            }
        }
        Set<String> found = new HashSet<>(reported);
        found.retainAll(planted);
        double recall = (double) found.size() / planted.size();
        double precision = reported.isEmpty() ? 1 : (double) found.size() / reported.size();
        System.out.printf(Locale.ROOT, "%s: %d planted, %d reported, %d correct: recall %.4f, precision %.4f%n",
                format, planted.size(), reported.size(), found.size(), recall, precision);
        List<String> missed = planted.stream().filter(p -> !reported.contains(p)).toList();
        List<String> extra = reported.stream().filter(r -> !planted.contains(r)).toList();
        missed.forEach(m -> System.out.println("  missed " + m));
        extra.forEach(e -> System.out.println("  false positive " + e));
    }
}
