package dev.deploytrack.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The example repository under {@code examples/registry}, copied so tests can write to it. */
final class Examples {

    static final Path REGISTRY_EXAMPLE = Path.of("..", "examples", "registry").toAbsolutePath().normalize();
    static final Path SEED = REGISTRY_EXAMPLE.resolve("deployments/registry.json");

    private Examples() {
    }

    static byte[] seedBytes() throws IOException {
        return Files.readAllBytes(SEED);
    }

    /** Copies the whole example repository into {@code target}. */
    static Path copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(REGISTRY_EXAMPLE)) {
            files.sorted(Comparator.naturalOrder()).forEach(source -> {
                Path copy = target.resolve(REGISTRY_EXAMPLE.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
