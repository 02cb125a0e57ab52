package dev.deploytrack.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The tiktoken reference corpus, read from the source tree: what the benchmarks count. */
final class CorpusText {

    /** Relative to the repository root, where bench/run-jmh.sh runs the benchmarks. */
    static final Path CORPUS = Path.of("deploytrack-core/src/test/resources/dev/deploytrack/tokens/corpus");

    private CorpusText() {
    }

    /** One corpus file's text. */
    static String file(String name) {
        try {
            return Files.readString(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository root (bench/run-jmh.sh)", e);
        }
    }

    /** Every corpus file's bytes, concatenated in name order (about 46 KB of mixed text). */
    static byte[] bytes() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".json")) {
                    continue;
                }
                out.write(Files.readAllBytes(file));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository root (bench/run-jmh.sh)", e);
        }
    }
}
