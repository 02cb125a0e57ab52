package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The backend contract on the file backend, {@code deployments/registry.json}. */
class FileBackendContractTest extends RegistryBackendContract {

    @Override
    RegistryService newService() {
        return RegistryService.open(repository, RegistrySettings.defaults(), null, clock);
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
    void forgetLock() throws IOException {
        Files.delete(repository.resolve("deployments/registry.json" + RegistryLock.LOCK_SUFFIX));
    }
}
