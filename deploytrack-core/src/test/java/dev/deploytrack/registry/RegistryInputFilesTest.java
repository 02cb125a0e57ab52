package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.deploytrack.source.SpecialFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry is read like every input deploytrack takes from a repository: a regular file inside it, at most
 * {@link RegistryStore#MAX_REGISTRY_SIZE}, checked before reading; anything else stops the command with a message
 * in plain words (no Java exception text), never a hang or an out-of-memory error, and nothing is written.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RegistryInputFilesTest {

    @TempDir
    Path temp;

    private Path repository;
    private Path registry;
    private RegistryService service;

    @BeforeEach
    void repository() throws Exception {
        repository = Files.createDirectories(temp.resolve("repository"));
        registry = repository.resolve("deployments/registry.json");
        service = RegistryService.open(repository, RegistrySettings.defaults(), null, Clock.systemUTC());
    }

    private void record() throws Exception {
        service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("a@1.0.0")),
                "development", Actor.parse("ci:x"), null, null, false, null));
    }

    /** Both a query and a write stop with the message, naming the registry, in words a person acts on. */
    private void assertRefused(String expected) {
        for (Executable command : List.<Executable>of(service::read, this::record)) {
            RegistryException e = assertThrows(RegistryException.class, command);
            String described = e.describe();
            assertTrue(described.startsWith("deployments/registry.json: error: " + expected), described);
            assertFalse(described.contains("java."), described);
            assertFalse(described.contains("Exception"), described);
        }
    }

    @Test
    void aLinkToAnEndlessDeviceIsRefusedBeforeReading() throws Exception {
        SpecialFiles.link(registry, Path.of("/dev/zero"));
        assertRefused("the registry is a symbolic link to a file outside the repository");
    }

    @Test
    void aNamedPipeIsRefusedAtOnceNotWaitedOn() throws Exception {
        SpecialFiles.fifo(registry);
        assertRefused("the registry is not a regular file (a named pipe, socket or device)");
    }

    @Test
    void aRegistryOverTheLimitIsRefusedBeforeABytesIsRead() throws Exception {
        SpecialFiles.sparse(registry, FileRegistryStore.MAX_REGISTRY_SIZE + 1);
        assertRefused("the registry is 128.0 MB, over the 128.0 MB deploytrack reads for it");
    }

    @Test
    void aDirectoryInItsPlaceIsNamedAsSuch() throws Exception {
        Files.createDirectories(registry);
        assertRefused("the registry is a directory, not a file");
    }

    @Test
    void aLinkToARegistryOutsideTheRepositoryIsRefused() throws Exception {
        Path outside = Files.writeString(temp.resolve("elsewhere.json"), "{\"registry_version\": \"2.0.0\"}");
        SpecialFiles.link(registry, outside);
        assertRefused("the registry is a symbolic link to a file outside the repository");
    }

    @Test
    void aRegistryNamedExplicitlyMayLieAnywhereButMustBeARegularFile() throws Exception {
        Path elsewhere = temp.resolve("elsewhere/registry.json");
        RegistryService explicit = RegistryService.open(repository, RegistrySettings.defaults(), elsewhere,
                Clock.systemUTC());
        explicit.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("a@1.0.0")),
                "development", Actor.parse("ci:x"), null, null, false, null));
        assertEquals(1, explicit.read().history().size());
        Files.delete(elsewhere);
        SpecialFiles.fifo(elsewhere);
        RegistryException e = assertThrows(RegistryException.class, explicit::read);
        assertTrue(e.getMessage().startsWith("the registry is not a regular file"), e.describe());
    }

    @Test
    void aLockFileThatCannotBeOpenedSaysWhy() throws Exception {
        Files.createDirectories(repository.resolve("deployments/registry.json.lock"));
        RegistryException e = assertThrows(RegistryException.class, this::record);
        assertEquals("deployments/registry.json: error: cannot lock the registry: cannot open its lock file "
                + "registry.json.lock: it is a directory, not a file" + System.lineSeparator()
                + "    hint: nothing was written", e.describe());
    }

    @Test
    void aLockFileWithoutPermissionSaysSo() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may open any file");
        Files.createDirectories(registry.getParent());
        Path lock = Files.createFile(repository.resolve("deployments/registry.json.lock"));
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("r--r--r--"));
        RegistryException e = assertThrows(RegistryException.class, this::record);
        assertTrue(e.describe().contains("cannot open its lock file registry.json.lock: permission denied"),
                e.describe());
    }

    /** The wait ends with who holds the lock and what to do, not with a hint to check that the directory is writable. */
    @Test
    void aLockHeldTooLongNamesTheOtherWriter() throws Exception {
        record();
        ((FileRegistryStore) service.store()).lockTimeout(300);
        // File locks belong to a process: another process must hold it for the wait to see it held.
        Process other = ChildJvm.start("hold", repository.resolve("deployments/registry.json").toString());
        assertEquals("held", new String(other.getInputStream().readNBytes(4), StandardCharsets.UTF_8));
        try {
            RegistryException e = assertThrows(RegistryException.class, this::record);
            assertTrue(e.getMessage().startsWith("another deploytrack process held the lock on the registry "
                    + "(registry.json.lock) for the whole wait"), e.describe());
            assertTrue(e.hint().startsWith("wait for that process to finish, or stop it if it hangs"), e.hint());
            assertFalse(e.describe().contains("writable"), e.describe());
        } finally {
            other.destroyForcibly().waitFor();
        }
    }
}
