package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code deployments/} directory (or a directory above the registry) that is a symbolic link leading out of the
 * repository: every command that reads or writes the registry or the usage store beside it refuses with exit 2 and
 * a message naming the link, and not a byte outside changes (no registry, lock, backup, page or usage file).
 */
class LinkedRegistryDirectoryTest {

    @TempDir
    Path temp;

    private static final String REGISTRY = "{\"registry_version\": \"2.0.0\", \"last_updated\": "
            + "\"2026-11-20T09:00:00Z\", \"projects\": [], \"deployment_history\": [], \"approvals\": []}\n";

    @Test
    void aLinkedDeploymentsDirectoryIsNeitherReadNorWritten() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("registry.json"), REGISTRY);
        Path repository = Files.createDirectories(temp.resolve("repository"));
        Files.createSymbolicLink(repository.resolve("deployments"), outside);
        refusedEverywhere(repository, outside, "deployments");
    }

    @Test
    void aLinkedDirectoryAboveTheRegistryIsRefusedBeforeAnythingIsCreatedThere() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path repository = Files.createDirectories(temp.resolve("repository"));
        Files.createSymbolicLink(repository.resolve("state"), outside);
        Files.writeString(repository.resolve("deploytrack.yml"), "registry:\n  path: state/deployments/registry.json\n");
        refusedEverywhere(repository, outside, "state");
    }

    @Test
    void aLinkedYearDirectoryOfTheUsageStoreIsNeitherReadNorWritten() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path repository = Files.createDirectories(temp.resolve("repository"));
        Files.createDirectories(repository.resolve("deployments/usage"));
        Files.writeString(repository.resolve("deployments/registry.json"), REGISTRY);
        Files.createSymbolicLink(repository.resolve("deployments/usage/2026"), outside);
        writeLog(repository);
        Map<String, String> before = contents(outside);
        for (String[] command : new String[][] {{"usage", "ingest", "logs"},
                {"usage", "report", "--period", "month", "--as-of", "2026-11-25T00:00:00Z"}}) {
            CliRun run = CliRun.run(repository, command);
            assertEquals(2, run.exitCode(), String.join(" ", command) + ":\n" + run.out() + run.err());
            assertTrue(run.err().contains("deployments/usage/2026, which leads outside the repository through a "
                    + "symbolic link"), String.join(" ", command) + ":\n" + run.err());
            assertEquals(before, contents(outside), String.join(" ", command) + " changed a file outside");
        }
    }

    private static void writeLog(Path repository) throws IOException {
        Files.createDirectories(repository.resolve("logs/projects/p"));
        Files.writeString(repository.resolve("logs/projects/p/s.jsonl"), "{\"type\":\"assistant\",\"sessionId\":"
                + "\"s\",\"requestId\":\"r1\",\"timestamp\":\"2026-11-20T08:00:00Z\",\"message\":{\"id\":\"m1\","
                + "\"model\":\"claude-sonnet-4-5\",\"usage\":{\"input_tokens\":10,\"output_tokens\":20}}}\n");
    }

    private void refusedEverywhere(Path repository, Path outside, String link) throws IOException {
        writeLog(repository);
        Map<String, String> before = contents(outside);
        String[][] commands = {
            {"status"},
            {"impact", "--agent", "review@1.0.0"},
            {"record-deployment", "--name", "api", "--agent", "review@1.0.0", "--env", "development", "--actor",
                "ci:gh"},
            {"record-deployment", "--dry-run", "--name", "api", "--agent", "review@1.0.0", "--env", "development",
                "--actor", "ci:gh"},
            {"approve", "--name", "api", "--agent", "review@1.0.0", "--actor", "human:alice"},
            {"registry", "export"},
            {"usage", "ingest", "logs"},
            {"usage", "report"},
        };
        for (String[] command : commands) {
            CliRun run = CliRun.run(repository, command);
            assertEquals(2, run.exitCode(), String.join(" ", command) + ":\n" + run.out() + run.err());
            assertTrue(run.err().contains(link + ", which leads outside the repository through a symbolic link"),
                    String.join(" ", command) + ":\n" + run.err());
            assertEquals(before, contents(outside), String.join(" ", command) + " changed a file outside");
        }
    }

    /** Every path under {@code directory} with its content ("" for a directory). */
    private static Map<String, String> contents(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            Map<String, String> contents = new TreeMap<>();
            for (Path path : paths.toList()) {
                contents.put(directory.relativize(path).toString(), Files.isDirectory(path) ? ""
                        : Files.readString(path));
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
