package dev.deploytrack.registry;

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

    /** Testimony is filed on the file backend only (see {@code PostgresBackendContractTest}). */
    @Test
    void testimonyMarksTheAgentsCollected() throws Exception {
        record("api", "development", CI, null, "review@1.0.0", "deploy@2.0.0");
        Path testimony = Files.writeString(repository.resolve("report.md"), "# all good\n");
        service.testimony(new TestimonyRequest("api", testimony, Set.of("review")));
        ProjectEntry project = service.read().project("api").orElseThrow();
        assertTrue(project.agent("review", "development").orElseThrow().testimonyCollected());
        assertFalse(project.agent("deploy", "development").orElseThrow().testimonyCollected());
        assertTrue(project.testimonyFile().startsWith("reflection_pool/testimonies/api-"), project.testimonyFile());
        assertThrows(InvalidRequestException.class, () -> service.testimony(new TestimonyRequest("nope", testimony,
                Set.of())));
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
