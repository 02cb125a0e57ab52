package dev.deploytrack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command lines run in one child JVM ({@link CliChild}) on the test's classpath: everything the process printed, on
 * standard output and error, and each run's exit status.
 */
final class CliProcess {

    private final ObjectMapper json = new ObjectMapper();
    private final ArrayNode runs = json.createArrayNode();
    private final List<String> jvmOptions = new ArrayList<>();

    /** Adds a command line, run in {@code dir} with {@code environment} added to the process's. */
    CliProcess add(Path dir, Map<String, String> environment, String... args) {
        ObjectNode run = runs.addObject();
        run.put("dir", dir.toString());
        ObjectNode env = run.putObject("env");
        environment.forEach(env::put);
        ArrayNode list = run.putArray("args");
        for (String arg : args) {
            list.add(arg);
        }
        return this;
    }

    /** An option of the child JVM, e.g. {@code -Djava.util.logging.config.file=...}. */
    CliProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Runs every command line added, in order, in one JVM (at most two minutes). */
    Result run(Path work) throws IOException, InterruptedException {
        Path input = work.resolve("runs-" + System.nanoTime() + ".json");
        json.writeValue(input.toFile(), runs);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CliChild.class.getName(),
                input.toString()));
        Path out = work.resolve("child-out-" + System.nanoTime());
        Path err = work.resolve("child-err-" + System.nanoTime());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in two minutes");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        List<Integer> exits = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^--- exit (\\d+)$").matcher(stdout);
        while (matcher.find()) {
            exits.add(Integer.parseInt(matcher.group(1)));
        }
        return new Result(process.exitValue(), stdout, stderr, exits);
    }

    /** What the child printed, and each command line's exit status in order. */
    record Result(int processExit, String out, String err, List<Integer> exits) {
    }
}
