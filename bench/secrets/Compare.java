import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what each scanner reported on the benchmark tree with the planted secrets (path:line), and prints, per
 * tool, how many planted secrets it found and how many other places it reported. Run with deploytrack.jar on the
 * class path (for Jackson):
 *   java -cp deploytrack.jar bench/secrets/Compare.java TREE.planted deploytrack.json secretlint.txt TREE
 */
public class Compare {

    public static void main(String[] args) throws Exception {
        Set<String> planted = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                planted.add(line.split(" ")[0]);
            }
        }
        Set<String> deploytrack = new TreeSet<>();
        for (JsonNode finding : new ObjectMapper().readTree(Path.of(args[1]).toFile()).get("findings")) {
            if (finding.get("severity").asText().equals("error")) {
                deploytrack.add(finding.get("path").asText() + ":" + finding.get("line").asInt());
            }
        }
        Set<String> secretlint = new TreeSet<>();
        String root = Path.of(args[3]).toAbsolutePath().normalize() + "/";
        Pattern location = Pattern.compile("^\\s+(\\d+):\\d+\\s+error\\s");
        String file = null;
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            if (line.startsWith("/")) {
                file = line.startsWith(root) ? line.substring(root.length()) : line;
            } else {
                Matcher matcher = location.matcher(line);
                if (matcher.find() && file != null) {
                    secretlint.add(file + ":" + matcher.group(1));
                }
            }
        }
        report("deploytrack", planted, deploytrack);
        report("secretlint", planted, secretlint);
    }

    private static void report(String tool, Set<String> planted, Set<String> reported) {
        Set<String> found = new TreeSet<>(reported);
        found.retainAll(planted);
        Set<String> missed = new TreeSet<>(planted);
        missed.removeAll(reported);
        Set<String> extra = new TreeSet<>(reported);
        extra.removeAll(planted);
        System.out.printf("%s: found %d of %d planted, %d other places reported, exactly the planted set: %s%n",
                tool, found.size(), planted.size(), extra.size(), missed.isEmpty() && extra.isEmpty() ? "yes" : "no");
        missed.forEach(m -> System.out.println("  " + tool + " missed " + m));
        extra.stream().limit(5).forEach(e -> System.out.println("  " + tool + " also reported " + e));
        if (extra.size() > 5) {
            System.out.println("  ... and " + (extra.size() - 5) + " more");
        }
    }
}
