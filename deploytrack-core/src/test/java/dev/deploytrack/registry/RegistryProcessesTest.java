package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real processes against one registry: no lost update, and no broken file when a writer dies. */
class RegistryProcessesTest {

    private static final int PROCESSES = 8;
    private static final int DEPLOYMENTS_EACH = 25;

    @TempDir
    Path root;

    private Path registry() throws IOException {
        return Files.createDirectories(root.resolve("deployments")).resolve("registry.json");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void eightProcessesRecordingTwentyFiveDeploymentsEachLoseNothing() throws Exception {
        Path registry = registry();
        Path start = root.resolve("start");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(ChildJvm.start("record", registry.toString(), "writer-" + p,
                    String.valueOf(DEPLOYMENTS_EACH), start.toString()));
        }
        for (Process process : processes) {
            assertEquals("ready", firstLine(process));
        }
        Files.writeString(start, "go"); // all JVMs are up: they now contend for the lock
        for (Process process : processes) {
            assertTrue(process.waitFor(150, TimeUnit.SECONDS), "a writer did not finish");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);
        }

        Registry result = RegistryJson.read(Files.readAllBytes(registry), "registry.json");
        List<HistoryEntry> history = result.history();
        assertEquals(PROCESSES * DEPLOYMENTS_EACH, history.size());
        Map<String, List<String>> versionsByWriter = history.stream().collect(Collectors.groupingBy(
                HistoryEntry::agent, Collectors.mapping(HistoryEntry::version, Collectors.toList())));
        for (int p = 0; p < PROCESSES; p++) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < DEPLOYMENTS_EACH; i++) {
                expected.add("1.0." + i);
            }
            assertEquals(expected, versionsByWriter.get("writer-" + p), "writer-" + p + " in order, none lost");
        }
        ProjectEntry shared = result.project("shared").orElseThrow();
        assertEquals(PROCESSES, shared.agents().size());
        shared.agents().forEach(agent -> assertEquals("1.0." + (DEPLOYMENTS_EACH - 1), agent.version()));
        Statistics statistics = result.statistics();
        assertEquals(PROCESSES * DEPLOYMENTS_EACH, statistics.totalDeployments());
        assertEquals(1, statistics.totalProjects());
        assertEquals(PROCESSES, statistics.agentsDeployed());
        assertTrue(StatisticsDeriver.derive(result).sameCounts(statistics));
        assertEquals(PROCESSES * DEPLOYMENTS_EACH, statistics.deploymentsByEnvironment().get("development"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aWriterHaltedBetweenFlushAndRenameLeavesTheOldRegistry() throws Exception {
        Path registry = registry();
        RegistryService service = RegistryService.open(root, RegistrySettings.defaults(), registry,
                Clock.systemUTC());
        service.recordDeployment(new DeploymentRequest("halted", null, List.of(AgentVersion.parse("victim@0.9.0")),
                "development", Actor.parse("ci:test"), null, null, false, null));
        byte[] before = Files.readAllBytes(registry);

        Process child = ChildJvm.start("halt", registry.toString());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(RegistryChild.HALTED, child.exitValue(),
                new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(registry));
        try (var files = Files.list(registry.getParent())) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(),
                    "the flushed temporary file of the halted writer is still there");
        }
        // The next writer cleans up and carries on from the old registry.
        service.recordDeployment(new DeploymentRequest("halted", null, List.of(AgentVersion.parse("victim@1.0.0")),
                "development", Actor.parse("ci:test"), null, null, false, null));
        assertEquals(2, service.read().history().size());
        try (var files = Files.list(registry.getParent())) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aWriterKilledAtRandomMomentsNeverLeavesABrokenRegistry() throws Exception {
        Path registry = registry();
        seed(registry, 20_000); // a few megabytes: each write takes long enough to be killed in the middle
        Random random = new Random(42);
        int written = 0;
        for (int round = 0; round < 4; round++) {
            Process child = ChildJvm.start("loop", registry.toString());
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            int wrote = 0;
            for (String line; wrote < 2 && (line = lines.readLine()) != null; ) {
                if (line.startsWith("wrote ")) {
                    wrote++;
                }
            }
            assertEquals(2, wrote, "the child writes before it is killed");
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            written += wrote;

            Registry after = RegistryJson.read(Files.readAllBytes(registry), "registry.json");
            assertTrue(after.history().size() >= 20_000 + written, "no acknowledged write is lost");
            assertTrue(StatisticsDeriver.derive(after).sameCounts(after.statistics()),
                    "statistics agree with the history that is on disk");
            RegistryJson.read(Files.readAllBytes(registry.resolveSibling("registry.json.bak")), "registry.json.bak");
            written = after.history().size() - 20_000;
        }
    }

    /** A 2.0.0 registry with {@code entries} history entries, written through the normal store. */
    private void seed(Path registry, int entries) throws Exception {
        Registry seed = Registry.empty();
        ProjectEntry project = seed.addProject("looping", "looping", "2026-01-01T00:00:00Z");
        project.deploy("looper", "0.1.0", "development", "2026-01-01T00:00:00Z", null);
        for (int i = 0; i < entries; i++) {
            seed.append(new HistoryEntry("2026-01-01T00:00:00Z", "project-" + (i % 500), "agent-" + (i % 20),
                    "updated", "1." + i + ".0").environment("development").actor(Actor.parse("ci:seed"))
                    .gitCommit("0123456789abcdef0123456789abcdef01234567").idempotencyKey("run-" + i));
        }
        seed.statistics(StatisticsDeriver.derive(seed));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RegistryJson.write(seed, out);
        AtomicFiles.write(registry, out.toByteArray(), out.size());
    }

    private static String firstLine(Process process) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = process.getInputStream().read()) != -1 && c != '\n'; ) {
            line.append((char) c);
        }
        return line.toString();
    }
}
