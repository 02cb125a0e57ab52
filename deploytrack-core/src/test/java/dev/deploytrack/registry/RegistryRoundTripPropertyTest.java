package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write is read back by the full parser: generated registries full of hostile text go through every way
 * deploytrack writes a registry, and what is read back must mean exactly what was written.
 */
class RegistryRoundTripPropertyTest {

    private static final int REGISTRIES = 300;
    /** Each operation flushes the registry and a page to disk: fewer seeds, so the test stays within seconds. */
    private static final int OPERATION_SEEDS = 25;
    /** Byte sequences that are not UTF-8: above U+10FFFF, an encoded surrogate, overlong, stray and cut short. */
    private static final byte[][] NOT_UTF8 = {{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};

    @TempDir
    Path root;

    private static byte[] encoded(Registry registry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryJson.write(registry, out);
        return out.toByteArray();
    }

    private static Registry readBack(byte[] bytes, String what) {
        try {
            return RegistryJson.read(bytes, "registry.json");
        } catch (RegistryException e) {
            fail(what + ": a registry deploytrack wrote cannot be read back: " + e.describe() + "\n"
                    + new String(bytes, StandardCharsets.UTF_8));
            return null;
        }
    }

    @Test
    void aWholeRegistryWrittenIsReadBackUnchanged() throws Exception {
        for (int seed = 0; seed < REGISTRIES; seed++) {
            RegistryGenerator generator = new RegistryGenerator(seed);
            for (boolean v1 : new boolean[] {false, true}) {
                Registry registry = generator.registry(v1);
                byte[] bytes = encoded(registry);
                Registry again = readBack(bytes, "seed " + seed);
                assertEquals(null, RegistryGenerator.firstDifference(RegistryGenerator.snapshot(registry),
                        RegistryGenerator.snapshot(again), ""), "seed " + seed);
            }
        }
    }

    /**
     * registry import and registry export are write paths too: a generated registry imported into an empty file
     * registry and exported again reads back with the same meaning (the time of the write aside).
     */
    @Test
    void importAndExportKeepEverything() throws Exception {
        for (int seed = 0; seed < 40; seed++) {
            RegistryGenerator generator = new RegistryGenerator(7000 + seed);
            Registry source = generator.registry(false);
            Path repository = Files.createDirectories(root.resolve("transfer-" + seed));
            Path file = Files.write(repository.resolve("source.json"), encoded(source));
            TestClock clock = new TestClock("2026-11-20T09:00:00Z");
            try (RegistryService service = RegistryService.open(repository, RegistrySettings.defaults(), null,
                    clock)) {
                service.importFrom(file);
                Registry imported = readBack(Files.readAllBytes(repository.resolve("deployments/registry.json")),
                        "seed " + seed + ", import");
                Path exported = repository.resolve("export/registry.json");
                service.exportTo(exported);
                Registry again = readBack(Files.readAllBytes(exported), "seed " + seed + ", export");
                for (Registry written : List.of(imported, again)) {
                    written.lastUpdated(source.lastUpdated());
                    assertEquals(null, RegistryGenerator.firstDifference(RegistryGenerator.snapshot(source),
                            RegistryGenerator.snapshot(written), ""), "seed " + seed);
                }
            }
        }
    }

    /**
     * Whatever a read accepts, a write gives back readable: generated registries with bytes that are not UTF-8
     * dropped into them (the fuzzer's {@code F4 90 80 80} in a field name was written back as two lone surrogates
     * that no reader accepts) are refused with their line, or read and written back to a file that reads the same.
     */
    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirPositionNeverWrittenBack() throws Exception {
        int refused = 0;
        for (int seed = 0; seed < REGISTRIES; seed++) {
            RegistryGenerator generator = new RegistryGenerator(5000 + seed);
            byte[] bytes = encoded(generator.registry(seed % 4 == 0));
            byte[] bad = NOT_UTF8[seed % NOT_UTF8.length];
            int at = 1 + generator.random().nextInt(bytes.length - 1);
            while (at < bytes.length - 1 && bytes[at - 1] != '"') { // just inside a string or a field name
                at++;
            }
            byte[] mutated = new byte[bytes.length + bad.length];
            System.arraycopy(bytes, 0, mutated, 0, at);
            System.arraycopy(bad, 0, mutated, at, bad.length);
            System.arraycopy(bytes, at, mutated, at + bad.length, bytes.length - at);
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += mutated[i] == '\n' ? 1 : 0;
            }
            try {
                Registry accepted = RegistryJson.read(mutated, "registry.json");
                byte[] rewritten = encoded(accepted);
                Registry again = readBack(rewritten, "seed " + seed + ": a write of what was read");
                assertEquals(null, RegistryGenerator.firstDifference(RegistryGenerator.snapshot(accepted),
                        RegistryGenerator.snapshot(again), ""), "seed " + seed);
            } catch (RegistryException e) {
                refused++;
                assertEquals(line, e.line(), e.describe());
                assertTrue(e.getMessage().startsWith("the registry is not valid UTF-8: the bytes "), e.describe());
            }
        }
        assertEquals(REGISTRIES, refused, "every file with bytes that are not UTF-8 is refused");
    }

    @Test
    void theFuzzersSupplementaryFieldNameIsRefusedByTheReadAndNothingIsWritten() throws Exception {
        Path file = root.resolve("deployments/registry.json");
        RegistryService service = new RegistryService(root, new FileRegistryStore(file, "deployments/registry.json",
                "production", new TestClock("2026-11-20T09:00:00Z")), RegistrySettings.defaults(),
                new TestClock("2026-11-20T09:00:00Z"));
        service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("a@1.0.0")),
                "development", Actor.parse("ci:x"), null, null, false, null));
        String written = Files.readString(file);
        String edited = written.substring(0, written.lastIndexOf(",\n  \"checksum\"")) + "\n}\n";
        byte[] bytes = edited.replace("\"id\": \"a\",", "\"id\": \"a\", \"x@@@@\": 1,")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '@') {
                System.arraycopy(NOT_UTF8[0], 0, bytes, i, 4);
                break;
            }
        }
        Files.write(file, bytes);
        RegistryException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class,
                () -> service.recordDeployment(new DeploymentRequest("api", null,
                        List.of(AgentVersion.parse("a@1.1.0")), "development", Actor.parse("ci:x"), null, null,
                        false, null)));
        assertTrue(e.describe().startsWith("deployments/registry.json:11:"), e.describe());
        assertTrue(e.describe().contains("the registry is not valid UTF-8: the bytes F4"), e.describe());
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, Files.readAllBytes(file));
        org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class, service::read);
    }

    /**
     * Record, approve, roll back and file testimony with hostile names into generated registries, on the write that
     * reads one project of a file deploytrack wrote, on the full read and write of a file it did not (no checksum),
     * and on the migration of a 1.0.0 file: every result is read back, and carries exactly the text given.
     */
    @Test
    void everyOperationOnEveryWritePathIsReadBack() throws Exception {
        Path testimony = Files.writeString(root.resolve("testimony.md"), "# ok ✓ 😀\n");
        for (int seed = 0; seed < OPERATION_SEEDS; seed++) {
            RegistryGenerator generator = new RegistryGenerator(1000 + seed);
            Registry seedRegistry = generator.registry(seed % 3 == 2);
            byte[] sealed = encoded(seedRegistry);
            String text = new String(sealed, StandardCharsets.UTF_8);
            int checksum = text.lastIndexOf(",\n  \"checksum\"");
            byte[] unsealed = checksum < 0 ? sealed
                    : (text.substring(0, checksum) + "\n}\n").getBytes(StandardCharsets.UTF_8);

            // What a request stores is one line of visible text (RequestText); the registry it writes into was
            // generated with every kind of text, as older versions and hand edits leave it.
            String existing = seedRegistry.projects().isEmpty() ? null : seedRegistry.projects().get(0).name();
            boolean storable = existing != null && RegistryGenerator.storable(existing);
            String project = storable && generator.random().nextBoolean() ? existing : generator.requestName();
            String agent = generator.token();
            Actor ci = new Actor(Actor.Kind.CI, generator.name());
            Actor human = new Actor(Actor.Kind.HUMAN, generator.name());
            String key = generator.requestName();
            String reason = generator.requestName();
            String commit = generator.commitId();
            for (String path : List.of("sliced", "full")) {
                Path repository = root.resolve(path + "-" + seed);
                Path file = repository.resolve("deployments/registry.json");
                Files.createDirectories(file.getParent());
                Files.write(file, path.equals("sliced") ? sealed : unsealed);
                TestClock clock = new TestClock("2026-11-20T09:00:00Z");
                FileRegistryStore store = new FileRegistryStore(file, "registry.json", "production", clock);
                RegistryService service = new RegistryService(repository, store, RegistrySettings.defaults(),
                        clock);
                String what = "seed " + seed + ", " + path;

                clock.advance(Duration.ofMinutes(1));
                service.recordDeployment(new DeploymentRequest(project, null, List.of(new AgentVersion(agent,
                        "1.0.0")), "development", ci, commit, key, false, null));
                Registry afterRecord = readBack(Files.readAllBytes(file), what + ", record");
                HistoryEntry recorded = afterRecord.history().get(afterRecord.history().size() - 1);
                assertEquals(List.of(project, agent, "1.0.0", ci, key), List.of(recorded.project(),
                        recorded.agent(), recorded.version(), recorded.actor(), recorded.idempotencyKey()), what);

                service.recordDeployment(new DeploymentRequest(project, null, List.of(new AgentVersion(agent,
                        "2.0.0")), "development", ci, null, null, true, reason));
                service.rollback(new RollbackRequest(project, "development", List.of(new AgentVersion(agent,
                        "1.0.0")), human, reason, null, null));
                service.approve(new ApprovalRequest(project, "production", List.of(new AgentVersion(agent,
                        "1.0.0")), human, reason));
                service.testimony(new TestimonyRequest(project, testimony, Set.of()));
                Registry after = readBack(Files.readAllBytes(file), what + ", all operations");
                HistoryEntry rollback = after.history().get(after.history().size() - 1);
                assertEquals(List.of(HistoryEntry.ROLLED_BACK, reason, human), List.of(rollback.action(),
                        rollback.reason(), rollback.actor()), what);
                Approval approval = after.approvals().get(after.approvals().size() - 1);
                assertEquals(List.of(project, agent, human, reason), List.of(approval.project(), approval.agent(),
                        approval.approver(), approval.reason()), what);
                assertTrue(StatisticsDeriver.derive(after).sameAs(after.statistics()), what);
                assertUntouchedPartsKept(seedRegistry, after, project, what);
            }
            Registry full = readBack(Files.readAllBytes(root.resolve("full-" + seed + "/deployments/registry.json")),
                    "full");
            Registry sliced = readBack(Files.readAllBytes(root.resolve("sliced-" + seed
                    + "/deployments/registry.json")), "sliced");
            assertEquals(null, RegistryGenerator.firstDifference(RegistryGenerator.snapshot(full),
                    RegistryGenerator.snapshot(sliced), ""), "seed " + seed + ": both write paths mean the same");
        }
    }

    /** Projects the operations did not touch, and a team's own top-level fields, are read back as they were. */
    private static void assertUntouchedPartsKept(Registry before, Registry after, String touched, String what) {
        JsonNode beforeTree = RegistryGenerator.snapshot(before);
        JsonNode afterTree = RegistryGenerator.snapshot(after);
        for (JsonNode project : beforeTree.get("projects")) {
            if (project.get("name").textValue().equals(touched)) {
                continue;
            }
            JsonNode kept = null;
            for (JsonNode candidate : afterTree.get("projects")) {
                if (candidate.get("name").equals(project.get("name"))) {
                    kept = candidate;
                }
            }
            if (before.schemaVersion() == SchemaVersion.V2) {
                assertEquals(project, kept, what);
            } else {
                assertEquals(project.get("agents").size(), kept.get("agents").size(), what); // migrated
            }
        }
        before.extra().forEach((name, value) -> {
            if (!name.equals("checksum")) {
                assertEquals(value, after.extra().get(name), what + ": " + name);
            }
        });
    }
}
