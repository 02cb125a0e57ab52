import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.DeploymentRequest;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistrySettings;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long one record-deployment takes against a registry of 10,000 projects and 100,000 history entries.
 *
 * <pre>
 * bench/registry/run.sh    (compiles this file and runs it on deploytrack.jar)
 * </pre>
 *
 * Measured in interleaved rounds (every measure takes one sample per round, so a change in the machine's load
 * affects all of them alike), reported as medians:
 * <ul>
 *   <li>in process, fresh JVM: a new JVM per sample records one deployment, timing the call (and opening the
 *       service plus the call): what the command line, a CI step or the first record of a Maven build pays;
 *       with the JVM's default options and with the launcher's (C1 only, serial GC);</li>
 *   <li>in process, warm JVM, file read from disk: the same JVM records again and again, the registry restored
 *       from the fixture before each sample (nothing is kept between writes, so every write reads the file);</li>
 *   <li>in process, warm JVM, file not in deploytrack's layout (no checksum: edited by hand, or written by an
 *       older version): the full read and write that such a file gets once;</li>
 *   <li>peers: copying the file with an fsync (the floor of any atomic rewrite of it), and Jackson reading the
 *       file into a tree and writing it back (no lock, no fsync, no checks);</li>
 *   <li>whole commands: {@code java -jar deploytrack.jar record-deployment ...}, the same through
 *       {@code bin/deploytrack}, {@code status} (a query: a full read), and {@code --version} (starting a JVM).</li>
 * </ul>
 */
public final class RegistryBenchmark {

    /** 10,000 projects and 100,000 entries by default; -Dprojects=1000 -Dhistory=10000 for the smaller size. */
    static final int PROJECTS = Integer.getInteger("projects", 10_000);
    static final int HISTORY = Integer.getInteger("history", 100_000);
    static final int AGENTS = 40;
    static final String[] ENVIRONMENTS = {"development", "staging", "production"};
    static final int WARMUP = 5;
    static final int ROUNDS = Integer.getInteger("rounds", 11);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path work = Path.of(args.length > 0 ? args[0] : "bench/work/registry").toAbsolutePath();
        Path jar = Path.of(args.length > 1 ? args[1] : "deploytrack-precommit/target/deploytrack.jar").toAbsolutePath();
        Path launcher = Path.of(args.length > 2 ? args[2] : "bin/deploytrack").toAbsolutePath();
        String classes = Path.of(args.length > 3 ? args[3] : "bench/work/registry-classes").toAbsolutePath().toString();
        Files.createDirectories(work.resolve("deployments"));
        Path unsealed = work.resolve("fixture-unsealed.json");
        Path fixture = work.resolve("fixture.json");
        Path registry = work.resolve("deployments/registry.json");
        generate(unsealed);
        seal(unsealed, fixture, registry, RegistryService.open(work, RegistrySettings.defaults(), registry,
                Clock.systemUTC()));
        System.out.printf(Locale.ROOT, "registry: %d projects, %d history entries, %.1f MB; java %s, %d processors, "
                        + "load average %s%n%n", PROJECTS, HISTORY, Files.size(fixture) / 1e6,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());

        RegistryService service = RegistryService.open(work, RegistrySettings.defaults(), registry,
                Clock.systemUTC());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = jar + File.pathSeparator + classes;
        ObjectMapper jackson = new ObjectMapper();
        Path peerOut = work.resolve("peer.json");
        int[] counter = {0};
        List<String> javaJar = List.of(java, "-jar", jar.toString());
        List<String> launcherOptions = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

        List<Sampler> samplers = new ArrayList<>();
        samplers.add(() -> child(java, classpath, work, fixture, registry, counter[0]++, List.of(),
                "fresh JVM: record-deployment call", "fresh JVM: open service + call"));
        samplers.add(() -> child(java, classpath, work, fixture, registry, counter[0]++, launcherOptions,
                "fresh JVM, launcher options: call", "fresh JVM, launcher options: open + call"));
        // The plain file backend (no fast path): the same call on a file it must read and write in full.
        samplers.add(() -> child(java, classpath, work, unsealed, registry, counter[0]++, List.of(),
                "fresh JVM, full read and write: call", "fresh JVM, full read and write: open + call"));
        samplers.add(() -> {
            restore(fixture, registry);
            return Map.of("warm JVM, file read from disk", time(() -> record(service, counter[0]++)));
        });
        samplers.add(() -> {
            restore(unsealed, registry);
            return Map.of("warm JVM, file not in the layout (full read)", time(() -> record(service, counter[0]++)));
        });
        samplers.add(() -> Map.of("peer: copy file + fsync", time(() -> {
            Files.copy(fixture, peerOut, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(peerOut, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        })));
        samplers.add(() -> Map.of("peer: Jackson readTree + write", time(() -> {
            JsonNode tree = jackson.readTree(Files.readAllBytes(fixture));
            try (OutputStream out = Files.newOutputStream(peerOut)) {
                jackson.writerWithDefaultPrettyPrinter().writeValue(out, tree);
            }
        })));
        samplers.add(() -> {
            restore(fixture, registry);
            return Map.of("command: java -jar ... record-deployment", command(javaJar, work,
                    recordArguments(counter[0]++)));
        });
        // The CI recipe's call: the project by its directory, looked up by path before the update.
        samplers.add(() -> {
            restore(fixture, registry);
            return Map.of("command: java -jar ... record-deployment --project", command(javaJar, work,
                    byDirectory(recordArguments(counter[0]++))));
        });
        if (Files.isExecutable(launcher)) {
            samplers.add(() -> {
                restore(fixture, registry);
                return Map.of("command: bin/deploytrack record-deployment", command(List.of(launcher.toString()),
                        work, recordArguments(counter[0]++)));
            });
        }
        samplers.add(() -> {
            restore(fixture, registry);
            return Map.of("command: java -jar ... status (full read)", command(javaJar, work, List.of("status")));
        });
        samplers.add(() -> Map.of("command: java -jar ... --version", command(javaJar, work, List.of("--version"))));

        for (int i = 0; i < WARMUP; i++) { // the JIT of this JVM, for the in-process measures
            restore(fixture, registry);
            record(service, counter[0]++);
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int round = -1; round < ROUNDS; round++) { // round -1 warms the file system and the launcher's cache
            for (Sampler sampler : samplers) {
                for (Map.Entry<String, Double> sample : sampler.sample().entrySet()) {
                    List<Double> values = samples.computeIfAbsent(sample.getKey(), k -> new ArrayList<>());
                    if (round >= 0) {
                        values.add(sample.getValue());
                    }
                }
            }
        }
        Files.deleteIfExists(peerOut);

        double floor = median(samples.get("peer: copy file + fsync"));
        double jacksonPeer = median(samples.get("peer: Jackson readTree + write"));
        System.out.printf(Locale.ROOT, "%-46s %9s %9s %9s %8s %9s%n", "one record-deployment (staging, one agent)",
                "median", "min", "max", "x floor", "x Jackson");
        for (Map.Entry<String, List<Double>> entry : samples.entrySet()) {
            double[] values = entry.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = median(entry.getValue());
            System.out.printf(Locale.ROOT, "%-46s %6.1f ms %6.1f ms %6.1f ms %8.2f %9.2f%n", entry.getKey(), median,
                    values[0], values[values.length - 1], median / floor, median / jacksonPeer);
        }
        System.out.printf(Locale.ROOT, "%n%d interleaved rounds after one of warm-up; floor = copy file + fsync; "
                + "load average now %s%n", ROUNDS, loadAverage());
    }

    /** One sample of one or more figures, in milliseconds, by name. */
    interface Sampler {
        Map<String, Double> sample() throws Exception;
    }

    interface Step {
        void run() throws Exception;
    }

    static double time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The registry as the fixture has it: a new file, as after a checkout or another process's write. */
    static void restore(Path fixture, Path registry) throws IOException {
        Files.copy(fixture, registry.resolveSibling("registry.json.restore"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(registry.resolveSibling("registry.json.restore"), registry, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** A deployment to staging of a version the fixture recorded in development, so the rule has to look. */
    static void record(RegistryService service, int run) throws Exception {
        int project = Math.floorMod(run * 7919, PROJECTS);
        int agent = project % AGENTS;
        service.recordDeployment(new DeploymentRequest("project-" + project, null,
                List.of(AgentVersion.parse("agent-" + agent + "@1." + agent + ".0")), "staging",
                Actor.parse("ci:bench"), null, "bench-" + run, false, null));
    }

    static List<String> recordArguments(int run) {
        int project = (run * 7919) % PROJECTS;
        int agent = project % AGENTS;
        return List.of("record-deployment", "--name", "project-" + project, "--env", "staging", "--actor",
                "ci:bench", "--agent", "agent-" + agent + "@1." + agent + ".0", "--idempotency-key", "bench-" + run);
    }

    /** The same record, naming the project by its directory ({@code --project projects/project-N}). */
    static List<String> byDirectory(List<String> arguments) {
        List<String> changed = new ArrayList<>(arguments);
        int name = changed.indexOf("--name");
        changed.set(name, "--project");
        changed.set(name + 1, "projects/" + changed.get(name + 1));
        return changed;
    }

    /** In a new JVM: open the service and record one deployment; prints both times. */
    static void child(Path work, int run) throws Exception {
        long start = System.nanoTime();
        RegistryService service = RegistryService.open(work, RegistrySettings.defaults(),
                work.resolve("deployments/registry.json"), Clock.systemUTC());
        int project = (run * 7919) % PROJECTS;
        int agent = project % AGENTS;
        DeploymentRequest request = new DeploymentRequest("project-" + project, null,
                List.of(AgentVersion.parse("agent-" + agent + "@1." + agent + ".0")), "staging",
                Actor.parse("ci:bench"), null, "bench-" + run, false, null);
        long call = System.nanoTime();
        service.recordDeployment(request);
        long end = System.nanoTime();
        System.out.println((end - start) / 1e6 + " " + (end - call) / 1e6);
    }

    /** Runs {@link #child} in a new JVM on a restored registry: the call, and opening the service plus the call. */
    static Map<String, Double> child(String java, String classpath, Path work, Path fixture, Path registry, int run,
                                     List<String> options, String callName, String openAndCallName)
            throws Exception {
        restore(fixture, registry);
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-Dprojects=" + PROJECTS, "-Dhistory=" + HISTORY));
        command.addAll(List.of("-cp", classpath, "RegistryBenchmark", "child", work.toString(),
                String.valueOf(run)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the child failed: " + output);
        }
        String[] times = output.substring(output.lastIndexOf('\n') + 1).split(" ");
        Map<String, Double> sample = new LinkedHashMap<>();
        sample.put(callName, Double.parseDouble(times[1]));
        sample.put(openAndCallName, Double.parseDouble(times[0]));
        return sample;
    }

    /** Wall time of a whole command. */
    static double command(List<String> launcher, Path work, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException("command failed with " + exit + ": " + command);
        }
        return elapsed;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /**
     * The fixture as deploytrack writes it: the generated file gets one deployment through the service, which reads
     * it in full (it has no checksum) and writes it back with derived statistics and a checksum.
     */
    static void seal(Path unsealed, Path fixture, Path registry, RegistryService service) throws Exception {
        restore(unsealed, registry);
        record(service, -1);
        Files.copy(registry, fixture, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A 2.0.0 registry in deploytrack's layout but without a checksum: each project runs three agents, one per
     * environment, and the history has every 2.0.0 field (environment, actor, commit, idempotency key).
     */
    static void generate(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"registry_version\": \"2.0.0\",\n  \"last_updated\": \"2026-11-20T00:00:00Z\",\n"
                    + "  \"projects\": [\n");
            for (int p = 0; p < PROJECTS; p++) {
                out.write("    {\n      \"path\": \"projects/project-" + p + "\",\n      \"name\": \"project-" + p
                        + "\",\n      \"deployed_at\": \"2026-01-01T00:00:00Z\",\n      \"agents\": [\n");
                for (int e = 0; e < ENVIRONMENTS.length; e++) {
                    int agent = (p + e) % AGENTS;
                    out.write("        {\n          \"id\": \"agent-" + agent + "\",\n          \"version\": \"1."
                            + agent + ".0\",\n          \"deployed_at\": \"2026-01-01T00:00:00Z\",\n"
                            + "          \"testimony_collected\": false,\n          \"last_sync\": null,\n"
                            + "          \"environment\": \"" + ENVIRONMENTS[e] + "\"\n        }"
                            + (e < ENVIRONMENTS.length - 1 ? ",\n" : "\n"));
                }
                out.write("      ]\n    }" + (p < PROJECTS - 1 ? ",\n" : "\n"));
            }
            out.write("  ],\n  \"deployment_history\": [\n");
            for (int h = 0; h < HISTORY; h++) {
                int project = h % PROJECTS;
                int agent = project % AGENTS;
                String environment = ENVIRONMENTS[(h / PROJECTS) % ENVIRONMENTS.length];
                out.write("    {\"timestamp\": \"2026-01-01T00:00:00Z\", \"project\": \"project-" + project
                        + "\", \"agent\": \"agent-" + agent + "\", \"action\": \"updated\", \"version\": \"1." + agent
                        + ".0\", \"environment\": \"" + environment + "\", \"actor\": {\"kind\": \"ci\", "
                        + "\"identity\": \"github-actions\"}, \"git_commit\": \"" + String.format(Locale.ROOT, "%040x", h)
                        + "\", \"idempotency_key\": \"run-" + h + "\"}" + (h < HISTORY - 1 ? ",\n" : "\n"));
            }
            out.write("  ],\n  \"statistics\": {\n    \"total_projects\": " + PROJECTS + ",\n    \"total_deployments\": "
                    + HISTORY + ",\n    \"agents_deployed\": " + AGENTS + ",\n    \"most_deployed_agent\": \"agent-0\"\n"
                    + "  }\n}\n");
        }
    }
}
