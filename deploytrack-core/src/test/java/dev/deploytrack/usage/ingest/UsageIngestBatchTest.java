package dev.deploytrack.usage.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deploytrack.usage.store.FileUsageStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches never decide what is stored: a response whose lines land in different batches is still one record. */
class UsageIngestBatchTest {

    @TempDir
    Path root;

    private static String line(String id, long output) {
        return "{\"type\":\"assistant\",\"sessionId\":\"s\",\"requestId\":\"r-" + id + "\",\"timestamp\":"
                + "\"2026-11-02T10:00:00Z\",\"message\":{\"id\":\"m-" + id + "\",\"model\":\"claude-opus-4-8\","
                + "\"usage\":{\"input_tokens\":10,\"output_tokens\":" + output + "}}}";
    }

    @Test
    void oneCallPerBatchStoresTheSameBytesAsOneBatch() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int m = 0; m < 20; m++) {
            log.append(line(String.valueOf(m), 1)).append('\n'); // the streaming line
            log.append(line(String.valueOf(m), 300 + m)).append('\n');
            log.append(line(String.valueOf(m), 300 + m)).append('\n');
        }
        Path file = root.resolve("logs/projects/p/s.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, log, StandardCharsets.UTF_8);
        FileUsageStore whole = new FileUsageStore(root.resolve("a"), "a");
        FileUsageStore split = new FileUsageStore(root.resolve("b"), "b");
        assertEquals(20, new UsageIngest(whole, null, IngestProgress.NONE).ingest(List.of(file)).appended().added());
        // A batch of one call: a response's lines reach the store in three batches.
        assertEquals(20, new UsageIngest(split, null, IngestProgress.NONE, 1).ingest(List.of(file)).appended()
                .added());
        assertArrayEquals(Files.readAllBytes(root.resolve("a/2026/11/2026-11-02.jsonl")),
                Files.readAllBytes(root.resolve("b/2026/11/2026-11-02.jsonl")));
    }
}
