package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The backend contract on the file backend, {@code deployments/registry.json}. */
class FileBackendContractTest extends RegistryBackendContract {

    @Override
    RegistryService newService() {
        return RegistryService.open(repository, RegistrySettings.defaults(), null, clock);
    }

    /** A copy removed from the checkout: the export still points at it, and says that it could not write it. */
    @Test
    void anExportNamesAReportTheRegistryDoesNotHold() throws Exception {
        record("api", "development", CI, null, "review@1.0.0");
        String path = service.testimony(new TestimonyRequest("api", Files.writeString(repository.resolve("r.md"),
                "# ok\n"), Set.of())).value().copy();
        Files.delete(repository.resolve(path));
        Path output = repository.resolve("export/deployments/registry.json");
        RegistryImport.Imported exported = service.exportTo(output);
        assertEquals(0, exported.testimonies());
        assertEquals(1, exported.warnings().size());
        assertTrue(exported.warnings().get(0).startsWith("api's testimony " + path + " is not kept by"),
                exported.warnings().get(0));
        assertEquals(path, RegistryJson.read(Files.readAllBytes(output), "export").project("api").orElseThrow()
                .testimonyFile());
        assertFalse(Files.exists(repository.resolve("export/reflection_pool")));
    }

    @Override
    long keptReports() throws IOException {
        Path directory = repository.resolve("reflection_pool/testimonies");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Override
    RegistryService anotherService(Path root) throws IOException {
        return RegistryService.open(Files.createDirectories(root), RegistrySettings.defaults(), null, clock);
    }

    /**
     * A file not in deploytrack's layout (edited by hand) is read in full: the project at a directory is found there
     * too, and where the quick look at the file's start cannot see it, the update refuses rather than add a second
     * project.
     */
    @Test
    void aProjectIsFoundByPathInAFileNotInDeploytracksLayout() throws Exception {
        recordAt("Billing", "services/billing-agent", "development");
        Path file = repository.resolve("deployments/registry.json");
        String written = Files.readString(file);

        // The start of the project reformatted: the quick look misses it, the update reads the whole file.
        Files.writeString(file, written.replace("\"path\": \"services/billing-agent\"",
                "\"path\":  \"services/billing-agent\""));
        byte[] edited = Files.readAllBytes(file);
        RefusedException refused = assertThrows(RefusedException.class, () -> recordAt(null,
                "services/billing-agent", "staging"));
        assertEquals("the directory services/billing-agent is already registered as the project 'Billing'",
                refused.getMessage());
        assertArrayEquals(edited, Files.readAllBytes(file), "nothing was written");

        // The whole file laid out otherwise: read in full to find the project.
        Files.writeString(file, written.replace("\n", " ").replaceAll(" +", " "));
        assertEquals("Billing", recordAt(null, "services/billing-agent", "staging").value().project());
        assertEquals(1, service.read().projects().size());
    }

    @Override
    Set<String> footprint() throws IOException {
        try (Stream<Path> paths = Files.walk(repository)) {
            Set<String> files = new TreeSet<>();
            paths.forEach(path -> files.add(repository.relativize(path).toString()));
            return files;
        }
    }

    @Override
    void editStored(String from, String to) throws IOException {
        Path file = repository.resolve("deployments/registry.json");
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    @Override
    void forgetLock() throws IOException {
        Files.delete(repository.resolve("deployments/registry.json" + RegistryLock.LOCK_SUFFIX));
    }
}
