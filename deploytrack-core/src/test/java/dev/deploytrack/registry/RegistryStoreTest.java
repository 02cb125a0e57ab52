package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryStoreTest {

    private static final Actor CI = Actor.parse("ci:test");

    @TempDir
    Path root;

    private final TestClock clock = new TestClock("2026-11-20T09:00:00Z");

    private Path registryFile() {
        return root.resolve("deployments/registry.json");
    }

    private RegistryService service(FileRegistryStore.WriteHook hook) {
        FileRegistryStore store = new FileRegistryStore(registryFile(), "deployments/registry.json", "production", clock,
                hook);
        return new RegistryService(root, store, RegistrySettings.defaults(), clock);
    }

    private static void record(RegistryService service, String agent) throws Exception {
        service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse(agent)),
                "development", CI, null, null, false, null));
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(registryFile().getParent())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void everyWriteKeepsThePreviousFileAsBackup() throws Exception {
        RegistryService service = service(FileRegistryStore.WriteHook.NONE);
        record(service, "a@1.0.0");
        assertFalse(Files.exists(root.resolve("deployments/registry.json.bak")));
        byte[] first = Files.readAllBytes(registryFile());
        clock.advance(Duration.ofMinutes(1));
        record(service, "a@1.1.0");
        assertArrayEquals(first, Files.readAllBytes(root.resolve("deployments/registry.json.bak")));
        assertTrue(Files.exists(root.resolve("deployments/registry.json.lock")));
        assertEquals(List.of(), temporaries());
        // From the third write on, the old backup's file is recycled as the new version: contents stay right.
        for (int i = 2; i < 6; i++) {
            byte[] previous = Files.readAllBytes(registryFile());
            clock.advance(Duration.ofMinutes(1));
            record(service, "a@1." + i + ".0");
            assertArrayEquals(previous, Files.readAllBytes(root.resolve("deployments/registry.json.bak")));
            assertEquals(i + 1, service.read().history().size());
        }
        assertEquals(List.of(), temporaries());
    }

    @Test
    void aBackupLinkedFromElsewhereIsNeverOverwritten() throws Exception {
        RegistryService service = service(FileRegistryStore.WriteHook.NONE);
        record(service, "a@1.0.0");
        record(service, "a@1.1.0");
        Path kept = root.resolve("kept-by-someone.json");
        try {
            Files.createLink(kept, root.resolve("deployments/registry.json.bak"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no hard links here
        }
        byte[] before = Files.readAllBytes(kept);
        record(service, "a@1.2.0");
        record(service, "a@1.3.0");
        assertArrayEquals(before, Files.readAllBytes(kept));
        assertEquals(4, service.read().history().size());
    }

    @Test
    void anUnparsableRegistryIsNeverOverwritten() throws Exception {
        Files.createDirectories(registryFile().getParent());
        byte[] broken = "{\n  \"registry_version\": \"2.0.0\",\n  \"projects\": [\n    {\"name\": \"a\"\n  ]\n}\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(registryFile(), broken);
        RegistryException e = assertThrows(RegistryException.class,
                () -> record(service(FileRegistryStore.WriteHook.NONE), "a@1.0.0"));
        assertEquals(5, e.line());
        assertTrue(e.describe().startsWith("deployments/registry.json:5:3: error: invalid JSON"), e.describe());
        assertTrue(e.hint().contains("restore the previous version from deployments/registry.json.bak"), e.hint());
        assertArrayEquals(broken, Files.readAllBytes(registryFile()));
        assertFalse(Files.exists(root.resolve("deployments/registry.json.bak")));
        assertFalse(Files.exists(root.resolve("deployments/by-project")));
    }

    @Test
    void aWriteThatFailsBeforeTheRenameLeavesTheOldFile() throws Exception {
        record(service(FileRegistryStore.WriteHook.NONE), "a@1.0.0");
        byte[] before = Files.readAllBytes(registryFile());
        RegistryService failing = service(temp -> {
            assertTrue(Files.size(temp) > before.length, "the new content was flushed to the temporary file");
            throw new IOException("disk full");
        });
        RegistryException e = assertThrows(RegistryException.class, () -> record(failing, "a@1.1.0"));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(registryFile()));
        assertEquals(List.of(), temporaries());
        // The in-memory registry that failed to be written is not reused: the next write starts from the file.
        record(service(FileRegistryStore.WriteHook.NONE), "b@1.0.0");
        List<String> agents = service(FileRegistryStore.WriteHook.NONE).read().history().stream()
                .map(HistoryEntry::agent).toList();
        assertEquals(List.of("a", "b"), agents);
    }

    @Test
    void temporariesOfAKilledWriterAreRemovedByTheNextWrite() throws Exception {
        RegistryService service = service(FileRegistryStore.WriteHook.NONE);
        record(service, "a@1.0.0");
        Path stale = Files.writeString(registryFile().resolveSibling(".registry.json.0000-dead.tmp"), "{\"half");
        Path unrelated = Files.writeString(registryFile().resolveSibling("notes.tmp"), "mine");
        record(service, "a@1.1.0");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void anEditInPlaceThatKeepsSizeAndTimeIsSeen() throws Exception {
        RegistryService service = service(FileRegistryStore.WriteHook.NONE);
        record(service, "a@1.0.0");
        record(service, "a@1.1.0");
        // Edit in place: same inode, same size, and the old modification time put back.
        FileTime modified = Files.getLastModifiedTime(registryFile());
        String text = Files.readString(registryFile());
        String edited = text.replace("\"version\": \"1.1.0\", \"environment\"",
                "\"version\": \"1.1.9\", \"environment\"");
        assertEquals(text.length(), edited.length());
        assertFalse(text.equals(edited));
        Files.writeString(registryFile(), edited);
        Files.setLastModifiedTime(registryFile(), modified);
        record(service, "b@1.0.0");
        Registry registry = service.read();
        assertEquals("1.1.9", registry.history().get(1).version());
        assertEquals(3, registry.history().size());
    }

    @Test
    void writingBackAFileDeploytrackWroteGivesTheSameBytes() throws Exception {
        RegistryService service = service(FileRegistryStore.WriteHook.NONE);
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(1));
            String project = "project-" + (i * 7 % 5);
            service.recordDeployment(new DeploymentRequest(project, null, List.of(AgentVersion.parse(
                    "agent-" + (i % 3) + "@1." + i + ".0")), "development", CI, null, "key-" + i, false, null));
        }
        byte[] written = Files.readAllBytes(registryFile());
        Registry fresh = RegistryJson.read(written, "registry.json");
        assertEquals(30, fresh.history().size());
        assertEquals(5, fresh.projects().size());
        java.io.ByteArrayOutputStream serialized = new java.io.ByteArrayOutputStream();
        RegistryJson.write(fresh, serialized);
        assertEquals(new String(serialized.toByteArray(), StandardCharsets.UTF_8),
                new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void threadsWritingThroughSeparateStoresLoseNoUpdate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String agent = "thread-" + t;
                futures.add(pool.submit(() -> {
                    RegistryService service = RegistryService.open(root, RegistrySettings.defaults(),
                            registryFile(), clock);
                    for (int i = 0; i < 25; i++) {
                        record(service, agent + "@1.0." + i);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Registry registry = service(FileRegistryStore.WriteHook.NONE).read();
        assertEquals(100, registry.history().size());
        assertEquals(100, registry.statistics().totalDeployments());
        assertEquals(4, registry.project("api").orElseThrow().agents().size());
        registry.project("api").orElseThrow().agents().forEach(agent -> assertEquals("1.0.24", agent.version()));
    }
}
