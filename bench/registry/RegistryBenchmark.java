import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.DeploymentRequest;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryJson;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistrySettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long one record-deployment takes against a registry of 10,000 projects and 100,000 history entries.
 *
 * <pre>
 * java -Xmx2g -cp deploytrack-precommit/target/deploytrack.jar bench/registry/RegistryBenchmark.java [WORK_DIR] [JAR] [LAUNCHER]
 * </pre>
 *
 * Measured in the same run, each as the median of repeated runs after warm-up:
 * <ul>
 *   <li>record-deployment in process, cold: the registry file was changed behind the JVM's back before each run,
 *       so it is read and parsed in full (what the first record of a Maven build or any process pays);</li>
 *   <li>record-deployment in process, warm: consecutive records in one JVM (a build recording several stages,
 *       a long-running service); the file is still read and checksummed every time;</li>
 *   <li>peers: Jackson alone reading the same file into a tree and writing it back (no lock, no fsync, no
 *       checks), and copying the file with an fsync (the I/O floor of any atomic rewrite);</li>
 *   <li>the whole command, {@code java -jar deploytrack.jar record-deployment ...}, the same through the launcher
 *       {@code bin/deploytrack} (short-lived JVM options and a class-data-sharing archive), and {@code --version} as
 *       the floor of starting the JVM.</li>
 * </ul>
 */
public final class RegistryBenchmark {

    static final int PROJECTS = 10_000;
    static final int HISTORY = 100_000;
    static final int AGENTS = 40;
    static final String[] ENVIRONMENTS = {"development", "staging", "production"};
    static final int WARMUP = 5;
    static final int RUNS = 15;
    static final int COMMAND_RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench/work/registry").toAbsolutePath();
        Path jar = Path.of(args.length > 1 ? args[1] : "deploytrack-precommit/target/deploytrack.jar").toAbsolutePath();
        Path launcher = Path.of(args.length > 2 ? args[2] : "bin/deploytrack").toAbsolutePath();
        Files.createDirectories(work.resolve("deployments"));
        Path fixture = work.resolve("fixture.json");
        Path registry = work.resolve("deployments/registry.json");
        generate(fixture);
        Registry parsed = RegistryJson.read(Files.readAllBytes(fixture), "fixture.json");
        System.out.printf(Locale.ROOT, "registry: %d projects, %d history entries, %.1f MB (%s)%n",
                parsed.projects().size(), parsed.history().size(), Files.size(fixture) / 1e6, fixture);
        parsed = null;
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        RegistryService service = RegistryService.open(work, RegistrySettings.defaults(), registry,
                Clock.systemUTC());
        Files.copy(fixture, registry, StandardCopyOption.REPLACE_EXISTING);
        int[] counter = {0};

        double[] cold = measure(() -> {
            Files.copy(fixture, registry, StandardCopyOption.REPLACE_EXISTING); // a change the JVM did not make
            return null;
        }, () -> record(service, counter[0]++));
        double[] warm = measure(() -> null, () -> record(service, counter[0]++));
        ObjectMapper jackson = new ObjectMapper();
        Path peerOut = work.resolve("peer.json");
        double[] jacksonPeer = measure(() -> null, () -> {
            JsonNode tree = jackson.readTree(Files.readAllBytes(registry));
            try (OutputStream out = Files.newOutputStream(peerOut)) {
                jackson.writerWithDefaultPrettyPrinter().writeValue(out, tree);
            }
            return null;
        });
        double[] copyPeer = measure(() -> null, () -> {
            Files.copy(registry, peerOut, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(peerOut, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return null;
        });

        Files.copy(fixture, registry, StandardCopyOption.REPLACE_EXISTING);
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString());
        double[] command = commandTimes(java, work, true);
        double[] launched = Files.isExecutable(launcher) ? commandTimes(List.of(launcher.toString()), work, true) : null;
        double[] version = commandTimes(java, work, false);

        System.out.println("record-deployment, one agent, staging (promotion rule checked against the history):");
        report("in process, cold (file parsed)", cold, jacksonPeer);
        report("in process, warm (same JVM)", warm, jacksonPeer);
        report("peer: Jackson readTree + write", jacksonPeer, jacksonPeer);
        report("peer: copy file + fsync", copyPeer, jacksonPeer);
        report("whole command (java -jar)", command, jacksonPeer);
        if (launched != null) {
            report("whole command (bin/deploytrack launcher)", launched, jacksonPeer);
        }
        report("peer: java -jar deploytrack.jar --version", version, jacksonPeer);
        System.out.printf(Locale.ROOT, "%nratios: cold / Jackson %.2f, warm / Jackson %.2f, command / --version %.2f%n",
                median(cold) / median(jacksonPeer), median(warm) / median(jacksonPeer),
                median(command) / median(version));
        Files.deleteIfExists(peerOut);
    }

    /** One deployment to staging of a version the fixture recorded in development, so the rule has to look. */
    static Void record(RegistryService service, int run) throws Exception {
        int project = (run * 7919) % PROJECTS;
        int agent = project % AGENTS;
        service.recordDeployment(new DeploymentRequest("project-" + project, null,
                List.of(AgentVersion.parse("agent-" + agent + "@1." + agent + ".0")), "staging",
                Actor.parse("ci:bench"), null, null, false, null));
        return null;
    }

    interface Step {
        Void run() throws Exception;
    }

    /** Milliseconds of {@code timed} for each run after warm-up; {@code untimed} runs before each. */
    static double[] measure(Step untimed, Step timed) throws Exception {
        double[] times = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            untimed.run();
            long start = System.nanoTime();
            timed.run();
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                times[i] = elapsed / 1e6;
            }
        }
        return times;
    }

    /** Wall time of {@code launcher} running a record-deployment (or {@code --version}), after one warm-up run. */
    static double[] commandTimes(List<String> launcher, Path work, boolean record) throws Exception {
        double[] times = new double[COMMAND_RUNS];
        for (int i = -1; i < COMMAND_RUNS; i++) {
            int project = (1000 + (record ? 0 : 5000) + i * 31 + launcher.size() * 97) % PROJECTS;
            int agent = project % AGENTS;
            List<String> command = new ArrayList<>(launcher);
            command.addAll(record ? List.of("record-deployment", "--name", "project-" + project, "--env", "staging",
                    "--actor", "ci:bench", "--agent", "agent-" + agent + "@1." + agent + ".0") : List.of("--version"));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            long elapsed = System.nanoTime() - start;
            if (exit != 0) {
                throw new IllegalStateException("command failed with " + exit + ": " + command);
            }
            if (i >= 0) {
                times[i] = elapsed / 1e6;
            }
        }
        return times;
    }

    static void report(String what, double[] times, double[] peer) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-44s median %8.1f ms  (min %7.1f, max %7.1f, n=%d)  x%.2f Jackson%n",
                what, median(times), sorted[0], sorted[sorted.length - 1], times.length,
                median(times) / median(peer));
    }

    static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * A 2.0.0 registry in the layout deploytrack writes: each project runs three agents, one per environment, and
     * the history has every 2.0.0 field (environment, actor, commit, idempotency key).
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
