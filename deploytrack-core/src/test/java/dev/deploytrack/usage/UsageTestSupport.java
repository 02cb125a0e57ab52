package dev.deploytrack.usage;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.usage.store.FileUsageStore;
import dev.deploytrack.usage.store.UsageStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Builds the repositories, stores and services the usage tests run on. */
final class UsageTestSupport {

    private UsageTestSupport() {
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Path writeLines(Path file, List<String> lines) throws IOException {
        return write(file, String.join("\n", lines) + "\n");
    }

    static FileUsageStore store(Path root) {
        return new FileUsageStore(root.resolve("deployments/usage"), "deployments/usage/");
    }

    /** A service on the repository at {@code root} with its deploytrack.yml, the file store and the file registry. */
    static UsageService service(Path root, Instant now) throws Exception {
        return service(root, now, Map.of());
    }

    static UsageService service(Path root, Instant now, Map<String, String> environment) throws Exception {
        DeploytrackConfig config = ConfigLoader.load(root, null);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        RegistryService registry = RegistryService.open(root, config.registry(), null, clock);
        UsageStore store = store(root);
        return UsageService.on(root, config, store, registry, environment, clock);
    }

    static RegistrySettings registry() {
        return RegistrySettings.defaults();
    }
}
