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
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that fail half way, on real limits of the operating system: the registry and its older backup survive a
 * write that cannot complete, a page that cannot be written does not fail a record that was made, and a file that
 * means two things is never read.
 */
class RegistryWriteFailuresTest {

    @TempDir
    Path root;

    private Path registry;
    private RegistryService service;

    @BeforeEach
    void service() {
        registry = root.resolve("deployments/registry.json");
        service = RegistryService.open(root, RegistrySettings.defaults(), registry, Clock.systemUTC());
    }

    private void record(String project, String agent, String reason) throws Exception {
        service.recordDeployment(new DeploymentRequest(project, null, List.of(AgentVersion.parse(agent)),
                "development", Actor.parse("ci:test"), null, null, reason != null, reason));
    }

    private static String run(Process child) throws Exception {
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child finished");
        return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(registry.getParent())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Under {@code ulimit -f}, the write fails; the older backup used to be replaced all the same, and was lost. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aWriteStoppedByTheFileSizeLimitKeepsTheRegistryAndTheOlderBackup() throws Exception {
        // Reasons are kept up to 2,000 characters: many records make the file large enough.
        String reason = "x".repeat(RequestText.MAX_REASON);
        for (int i = 0; i < 45; i++) {
            record("api", "a@1." + i + ".0", reason);
        }
        byte[] current = Files.readAllBytes(registry);
        byte[] backup = Files.readAllBytes(registry.resolveSibling("registry.json.bak"));
        assertTrue(current.length > 90_000, "the next write needs more than the 64 KiB allowed");

        Process child = ChildJvm.startWithFileSizeLimit(64, "once", registry.toString(), "api", "a@1.99.0");
        String output = run(child);
        assertEquals(2, child.exitValue(), output);
        assertTrue(output.contains("cannot write the registry"), output);
        assertArrayEquals(current, Files.readAllBytes(registry), "the registry is unchanged");
        assertArrayEquals(backup, Files.readAllBytes(registry.resolveSibling("registry.json.bak")),
                "the older backup is still there: the backup turns over only once the new file is complete");
        assertEquals(List.of(), temporaries());
    }

    /**
     * A full disk or a size limit that stops the page, not the registry: the deployment is recorded (a retry would
     * record nothing new), so the command succeeds and warns; the page stays as it was until the next write.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPageThatCannotBeWrittenWarnsAndTheRecordStands() throws Exception {
        record("api", "a@1.0.0", null);
        Path page = root.resolve("deployments/by-project/api.md");
        String bigNotes = Files.readString(page) + "\n" + "notes ".repeat(20_000) + "\n";
        Files.writeString(page, bigNotes);

        Process child = ChildJvm.startWithFileSizeLimit(64, "once", registry.toString(), "api", "a@1.1.0");
        String output = run(child);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.startsWith("written\n"), output);
        assertTrue(output.contains("the registry registry.json was written, but a page derived from it was not: "),
                output);
        assertTrue(output.contains("it is rewritten on the next write to the project"), output);
        Registry after = RegistryJson.read(Files.readAllBytes(registry), "registry.json");
        assertEquals("1.1.0", after.project("api").orElseThrow().agents().get(0).version());
        assertEquals(bigNotes, Files.readString(page), "the page is as it was, not half written");
    }

    @Test
    void aFieldGivenTwiceIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        record("api", "a@1.0.0", null);
        String written = Files.readString(registry);
        String twice = written.replaceFirst("\"name\": \"api\",", "\"name\": \"api\",\n      \"name\": \"web\",");
        Files.writeString(registry, twice);
        int line = twice.substring(0, twice.indexOf("\"name\": \"web\"")).split("\n", -1).length;

        RegistryException read = assertThrows(RegistryException.class, service::read);
        assertEquals(line, read.line(), read.describe());
        assertTrue(read.getMessage().startsWith("the field 'name' is given twice in one object"), read.describe());
        assertThrows(RegistryException.class, () -> record("api", "a@1.1.0", null));
        assertEquals(twice, Files.readString(registry));
        assertFalse(Files.readString(registry).contains("1.1.0"));
    }
}
