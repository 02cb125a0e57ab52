package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that read one project's part of a file deploytrack wrote and splice the change into it: same bytes as a
 * full read and write, and a full read whenever the file is not exactly what deploytrack wrote.
 */
class RegistrySliceTest {

    private static final Actor CI = Actor.parse("ci:github-actions");
    private static final Actor ALICE = Actor.parse("human:alice");
    private static final Actor BOB = Actor.parse("human:bob");

    @TempDir
    Path root;

    private final TestClock clock = new TestClock("2026-11-20T09:00:00Z");

    private Path registry(String repository) {
        return root.resolve(repository).resolve("deployments/registry.json");
    }

    private RegistryService service(String repository, boolean slices) {
        Path directory = root.resolve(repository);
        FileRegistryStore store = new FileRegistryStore(registry(repository), "deployments/registry.json", "production",
                clock, FileRegistryStore.WriteHook.NONE);
        return new RegistryService(directory, slices ? store : store.readingInFull(), RegistrySettings.defaults(),
                clock);
    }

    private static DeploymentRequest deployment(String project, String env, Actor actor, String key,
                                                String... agents) {
        return new DeploymentRequest(project, null, Stream.of(agents).map(AgentVersion::parse).toList(), env, actor,
                null, key, false, null);
    }

    private static RegistrySlice slice(Path file, String project) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return RegistrySlice.read(file, channel, project);
        }
    }

    /** Runs one operation against both repositories and expects the same outcome and the same files. */
    private interface Step {
        Object run(RegistryService service) throws Exception;
    }

    private void both(RegistryService sliced, RegistryService full, Step step) throws Exception {
        String slicedOutcome = outcome(sliced, step);
        String fullOutcome = outcome(full, step);
        assertEquals(fullOutcome, slicedOutcome);
        assertEquals(Files.exists(registry("full")), Files.exists(registry("sliced")));
        if (!Files.exists(registry("full"))) {
            return; // refused before anything was written
        }
        assertEquals(Files.readString(registry("full")), Files.readString(registry("sliced")), slicedOutcome);
        Path pages = root.resolve("full/deployments/by-project");
        if (Files.isDirectory(pages)) {
            try (Stream<Path> files = Files.list(pages)) {
                for (Path page : files.toList()) {
                    assertEquals(Files.readString(page), Files.readString(root.resolve("sliced/deployments/by-project")
                            .resolve(page.getFileName().toString())), page.toString());
                }
            }
        }
    }

    private static String outcome(RegistryService service, Step step) {
        try {
            Object value = step.run(service);
            return value instanceof RegistryStore.Update<?> update
                    ? "written " + update.written() + ": " + describe(update.value()) : String.valueOf(value);
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void splicedWritesGiveTheSameBytesAsFullWrites() throws Exception {
        RegistryService sliced = service("sliced", true);
        RegistryService full = service("full", false);
        List<String> names = List.of("api", "api-2", "web \"quoted\" \\ name", "déploiement ✓ 😀", "a");
        Random random = new Random(11);
        for (int i = 0; i < 150; i++) {
            clock.advance(Duration.ofSeconds(37));
            String project = names.get(random.nextInt(names.size()));
            String agent = "agent-" + random.nextInt(4) + "@1." + random.nextInt(3) + ".0";
            String key = random.nextInt(3) == 0 ? "run-" + random.nextInt(20) : null;
            String shared = "shared@2.0." + random.nextInt(2);
            String reason = i % 2 == 0 ? "looks good" : null;
            String commit = Integer.toHexString(random.nextInt(1 << 20)).repeat(8);
            String appVersion = reason == null ? null : "2026." + i;
            String requestId = "r-" + (i % 5);
            String approvedId = "r-" + random.nextInt(5);
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> both(sliced, full, s -> s.recordDeployment(deployment(project, "development", CI,
                        key, agent, shared)));
                case 3 -> both(sliced, full, s -> s.recordDeployment(deployment(project, "staging", CI, key,
                        agent)));
                case 4 -> both(sliced, full, s -> s.approve(new ApprovalRequest(project, "production",
                        List.of(AgentVersion.parse(agent)), ALICE, reason)));
                case 5 -> both(sliced, full, s -> s.recordDeployment(deployment(project, "production", BOB, key,
                        agent)));
                case 7 -> both(sliced, full, s -> s.recordComponent(new ComponentDeploymentRequest(project, null,
                        "app", appVersion, "production", CI, commit, key), false));
                case 8 -> both(sliced, full, s -> s.fileRequest(new FiledRequest(requestId, project,
                        "production", List.of(AgentVersion.parse(agent)), CI, commit)));
                case 9 -> both(sliced, full, s -> s.approve(new ApprovalRequest(project, "production", List.of(),
                        ALICE, reason, approvedId)));
                default -> both(sliced, full, s -> s.rollback(new RollbackRequest(project, "development",
                        List.of(AgentVersion.parse(agent)), ALICE, "broke the build", null, key)));
            }
        }
        Path testimony = Files.writeString(root.resolve("testimony.md"), "# It works\n");
        both(sliced, full, s -> s.testimony(new TestimonyRequest("api", testimony, java.util.Set.of())));
        both(sliced, full, s -> s.recordDeployment(deployment("api", "development", CI, null, "agent-9@1.0.0")));
        assertTrue(((FileRegistryStore) sliced.store()).slicedUpdates() > 100, "sliced: " + ((FileRegistryStore) sliced.store()).slicedUpdates());
        assertEquals(0, ((FileRegistryStore) full.store()).slicedUpdates());
        Registry result = RegistryJson.read(Files.readAllBytes(registry("sliced")), "registry.json");
        assertTrue(result.history().size() > 100, "the sequence did write: " + result.history().size());
        assertTrue(result.approvals().size() > 5, "and approved: " + result.approvals().size());
        assertNotNull(slice(registry("sliced"), "api"), "the file stays in the layout a write can slice");
    }

    @Test
    void aSliceHoldsTheProjectItsHistoryAndApprovalsAndNothingElse() throws Exception {
        RegistryService service = service("sliced", true);
        service.recordDeployment(deployment("api", "development", CI, "k1", "review@1.0.0"));
        service.recordDeployment(deployment("api-2", "development", CI, null, "review@1.0.0"));
        service.recordDeployment(deployment("api", "staging", CI, null, "review@1.0.0"));
        service.approve(new ApprovalRequest("api", "production", List.of(AgentVersion.parse("review@1.0.0")),
                ALICE, null));
        service.approve(new ApprovalRequest("api-2", "production", List.of(AgentVersion.parse("review@1.0.0")),
                ALICE, null));
        // A team's own field on another project's entry that happens to mention "api": found, parsed, left out.
        String text = Files.readString(registry("sliced")).replaceFirst(
                "(\\{\"timestamp\": [^\\n]*\"project\": \"api-2\"[^\\n]*)\\}(,?\\n)",
                "$1, \"moved_from\": {\"project\": \"api\"}}$2");
        assertTrue(text.contains("\"moved_from\""));
        Files.writeString(registry("sliced"), text); // a hand edit: the next write reads it in full and seals it
        assertNull(slice(registry("sliced"), "api"));
        service.recordDeployment(deployment("web", "development", CI, null, "review@1.0.0"));

        RegistrySlice slice = slice(registry("sliced"), "api");
        assertNotNull(slice);
        Registry registry = slice.registry();
        assertTrue(registry.isScoped());
        assertEquals(List.of("api"), registry.projects().stream().map(ProjectEntry::name).toList());
        assertEquals(List.of("development", "staging"),
                registry.history().stream().map(HistoryEntry::environment).toList());
        assertEquals(1, registry.approvals().size());
        assertEquals("api", registry.approvals().get(0).project());
        assertEquals(4, slice.statistics().totalDeployments());
        assertEquals(3, slice.statistics().totalProjects());
        assertNull(slice(registry("sliced"), "ap").target(), "a prefix of a name is another project");
        assertEquals(0, slice(registry("sliced"), "ap").historyCount());
    }

    @Test
    void filesNotExactlyAsDeploytrackWroteThemAreReadInFullAndWrittenBackInTheLayout() throws Exception {
        RegistryService service = service("sliced", true);
        service.recordDeployment(deployment("api", "development", CI, null, "review@1.0.0"));
        String written = Files.readString(registry("sliced"));
        assertNotNull(slice(registry("sliced"), "api"));

        List<String> variants = new ArrayList<>();
        variants.add(written.replace("\"review\"", "\"reviewer\"")); // an edit: the checksum no longer matches
        variants.add(written.replace("\n", "\r\n")); // line endings changed by a checkout
        variants.add(written + "\n"); // a newline added at the end
        // Even with a checksum that matches, what the write parses must be exactly what deploytrack writes.
        variants.add(resealed(written.replace("\"testimony_collected\": false", "\"testimony_collected\": null")));
        variants.add(new String(Examples.seedBytes(), StandardCharsets.UTF_8)); // 1.0.0, no checksum
        variants.add(written.substring(0, written.lastIndexOf(",\n  \"checksum\"")) + "\n}\n"); // checksum removed
        for (String variant : variants) {
            Files.writeString(registry("sliced"), variant);
            assertNull(slice(registry("sliced"), "api"), variant);
            clock.advance(Duration.ofMinutes(1));
            service.recordDeployment(deployment("api", "development", CI, null, "review@1.1.0"));
            // Read in full and written back whole: in the layout, sliceable again, meaning kept.
            Registry again = RegistryJson.read(Files.readAllBytes(registry("sliced")), "registry.json");
            assertArrayEquals(encoded(again), Files.readAllBytes(registry("sliced")));
            assertNotNull(slice(registry("sliced"), "api"), variant);
            assertTrue(StatisticsDeriver.derive(again).sameAs(again.statistics()));
        }
    }

    @Test
    void aDamagedHistoryLineIsFoundBeforeAnythingIsCopied() throws Exception {
        RegistryService service = service("sliced", true);
        for (int i = 0; i < 20; i++) {
            service.recordDeployment(deployment("project-" + i, "development", CI, null, "review@1.0." + i));
        }
        String text = Files.readString(registry("sliced"));
        // Another project's line loses a quote: the file is no longer JSON, and not the slice's business.
        String damaged = text.replace("\"project\": \"project-7\", \"agent\": \"review\"",
                "\"project\": \"project-7\", \"agent\": review\"");
        Files.writeString(registry("sliced"), damaged);
        byte[] backup = Files.readAllBytes(registry("sliced").resolveSibling("registry.json.bak"));
        RegistryException e = assertThrows(RegistryException.class, () -> service.recordDeployment(
                deployment("project-3", "development", CI, null, "review@2.0.0")));
        int line = damaged.substring(0, damaged.indexOf("\"agent\": review\"")).split("\n", -1).length;
        assertEquals(line, e.line(), e.describe());
        assertTrue(e.hint().contains("registry.json.bak"), e.hint());
        assertEquals(damaged, Files.readString(registry("sliced")), "never overwritten");
        assertArrayEquals(backup, Files.readAllBytes(registry("sliced").resolveSibling("registry.json.bak")));
    }

    @Test
    void aFileChangedInPlaceWhileAWriteCopiesFromItIsNotReplacedByAMix() throws Exception {
        RegistryService service = service("sliced", true);
        service.recordDeployment(deployment("api", "development", CI, null, "review@1.0.0"));
        RegistryStore store = service.store();
        byte[] before = Files.readAllBytes(registry("sliced"));
        RegistryException e = assertThrows(RegistryException.class, () -> store.update(
                new RegistryStore.Operation<Void>() {
                    @Override
                    public String project() {
                        return "api";
                    }

                    @Override
                    public RegistryStore.Result<Void> apply(Registry registry) {
                        assertTrue(registry.isScoped());
                        registry.append(new HistoryEntry("t", "api", "review", "deployed", "1.1.0"));
                        try { // an editor saving into the same file while deploytrack writes
                            Files.write(registry("sliced"), " ".getBytes(StandardCharsets.US_ASCII),
                                    StandardOpenOption.APPEND);
                        } catch (IOException io) {
                            throw new java.io.UncheckedIOException(io);
                        }
                        return RegistryStore.Result.changed(null);
                    }
                }));
        assertTrue(e.getMessage().contains("changed by something else"), e.getMessage());
        byte[] expected = java.util.Arrays.copyOf(before, before.length + 1);
        expected[before.length] = ' ';
        assertArrayEquals(expected, Files.readAllBytes(registry("sliced")), "the edit stays, nothing replaced it");
    }

    @Test
    void anIdempotencyKeyIsFoundAnywhereInTheHistory() throws Exception {
        RegistryService service = service("sliced", true);
        service.recordDeployment(deployment("api", "development", CI, "run-1", "review@1.0.0"));
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMinutes(1));
            service.recordDeployment(deployment("other-" + i, "development", CI, "run-1", "review@1.0.0"));
        }
        byte[] before = Files.readAllBytes(registry("sliced"));
        int slicedBefore = ((FileRegistryStore) service.store()).slicedUpdates();
        RegistryStore.Update<Recorded> again = service.recordDeployment(deployment("api", "development", CI,
                "run-1", "review@1.0.0"));
        assertFalse(again.written());
        assertTrue(again.value().duplicate());
        assertEquals("2026-11-20T09:00:00Z", again.value().duplicateOf().timestamp());
        assertArrayEquals(before, Files.readAllBytes(registry("sliced")));
        assertEquals(slicedBefore + 1, ((FileRegistryStore) service.store()).slicedUpdates(), "the duplicate was found in a slice");
        assertTrue(service.recordDeployment(deployment("api", "staging", CI, "run-1", "review@1.0.0")).written());
    }

    @Test
    void statisticsCarriedForwardAgreeWithACountOfEverything() throws Exception {
        RegistryService service = service("sliced", true);
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            clock.advance(Duration.ofSeconds(1));
            String project = "project-" + random.nextInt(30);
            String agent = "agent-" + random.nextInt(12) + "@1." + random.nextInt(4) + ".0";
            String env = random.nextInt(4) == 0 ? "staging" : "development";
            try {
                service.recordDeployment(deployment(project, env, CI, random.nextInt(5) == 0 ? "k" + i % 7 : null,
                        agent));
            } catch (RefusedException refused) {
                // staging before development: refused, nothing written
            }
        }
        Registry registry = RegistryJson.read(Files.readAllBytes(registry("sliced")), "registry.json");
        Statistics derived = StatisticsDeriver.derive(registry);
        assertTrue(derived.sameAs(registry.statistics()), derived + " vs " + registry.statistics());
        assertEquals(derived.projectsByAgent(), registry.statistics().projectsByAgent());
        assertEquals(registry.history().size(), registry.statistics().totalDeployments());
    }

    @Test
    void fieldsATeamAddedSurviveSplicedWrites() throws Exception {
        RegistryService sliced = service("sliced", true);
        RegistryService full = service("full", false);
        both(sliced, full, s -> s.recordDeployment(deployment("api", "development", CI, null, "review@1.0.0")));
        for (String repository : List.of("sliced", "full")) {
            String text = Files.readString(registry(repository));
            text = text.replace("\"deployed_at\": \"2026-11-20T09:00:00Z\",\n      \"agents\"",
                    "\"deployed_at\": \"2026-11-20T09:00:00Z\",\n      \"tier\": {\"level\": 1.50, \"tags\": [\"a\"]},\n"
                            + "      \"agents\"");
            text = text.replace("\"action\": \"deployed\"", "\"action\": \"deployed\", \"ticket\": [1, {\"x\": null}]");
            text = text.replace("\n  \"statistics\": {", "\n  \"owner\": {\"team\": \"platform\"},\n"
                    + "  \"statistics\": {");
            Files.writeString(registry(repository), text); // hand edits: the next write reads in full
        }
        for (int i = 0; i < 3; i++) {
            int n = i;
            both(sliced, full, s -> s.recordDeployment(deployment("api", "development", CI, null,
                    "review@1." + (n + 1) + ".0")));
        }
        String result = Files.readString(registry("sliced"));
        assertTrue(result.contains("\"tier\": {\n        \"level\": 1.5,"), result);
        assertTrue(result.contains("\"ticket\": [1, {\"x\": null}]"), result);
        assertTrue(result.contains("\n  \"owner\": {\n    \"team\": \"platform\"\n  },\n  \"checksum\""), result);
    }

    @Test
    void aRegistryOfManyChunksIsSlicedLikeASmallOne() throws Exception {
        Registry large = Registry.empty();
        for (int p = 0; p < 300; p++) {
            large.addProject("project-" + p, "projects/project-" + p, "2026-01-01T00:00:00Z")
                    .deploy("agent-" + p % 7, "1.0.0", "development", "2026-01-01T00:00:00Z", null);
        }
        for (int h = 0; h < 40_000; h++) {
            large.append(new HistoryEntry("2026-01-01T00:00:00Z", "project-" + h % 300, "agent-" + h % 7, "updated",
                    "1." + h + ".0").environment("development").actor(CI).idempotencyKey("run-" + h)
                    .gitCommit("0123456789abcdef0123456789abcdef01234567"));
        }
        large.add(new Approval("2026-01-01T00:00:00Z", "project-299", "production", "agent-5", "1.0.0", ALICE, null));
        large.statistics(StatisticsDeriver.derive(large));
        ByteSink encoded = RegistryWriter.encode(large);
        assertTrue(encoded.position() > 8 << 20, "several chunks: " + encoded.position());
        for (String repository : List.of("sliced", "full")) {
            Files.createDirectories(registry(repository).getParent());
            Files.write(registry(repository), java.util.Arrays.copyOf(encoded.array(), encoded.position()));
        }
        RegistrySlice slice = slice(registry("sliced"), "project-299");
        assertNotNull(slice);
        assertEquals(40_000 / 300, slice.historyCount());
        assertEquals(List.of("run-299", "run-599"), slice.registry().history().subList(0, 2).stream()
                .map(HistoryEntry::idempotencyKey).toList());
        assertEquals("run-39899", slice.registry().history().get(slice.historyCount() - 1).idempotencyKey());
        assertEquals(1, slice.registry().approvals().size());

        RegistryService sliced = service("sliced", true);
        RegistryService full = service("full", false);
        both(sliced, full, s -> s.recordDeployment(deployment("project-299", "development", CI, "run-39899",
                "agent-5@1.0.0")));
        both(sliced, full, s -> s.recordDeployment(deployment("project-150", "staging", CI, null,
                "agent-3@1.150.0")));
        both(sliced, full, s -> s.recordDeployment(deployment("project-new", "development", CI, null,
                "agent-1@2.0.0")));
        assertEquals(3, ((FileRegistryStore) sliced.store()).slicedUpdates());
    }

    /** An operation's outcome with its entries as they are written, to compare outcomes of two stores. */
    private static String describe(Object value) {
        ByteSink sink = new ByteSink(256);
        if (value instanceof Recorded recorded) {
            sink.ascii(recorded.project() + " " + recorded.environment() + " ");
            recorded.entries().forEach(entry -> RegistryWriter.historyEntry(sink, entry, SchemaVersion.V2));
            if (recorded.duplicate()) {
                sink.ascii(" duplicate of ");
                RegistryWriter.historyEntry(sink, recorded.duplicateOf(), SchemaVersion.V2);
            }
        } else if (value instanceof Approved approved) {
            approved.added().forEach(approval -> RegistryWriter.approval(sink, approval));
            sink.ascii(" already ");
            approved.alreadyThere().forEach(approval -> RegistryWriter.approval(sink, approval));
        } else {
            sink.utf8(String.valueOf(value));
        }
        return new String(sink.array(), 0, sink.position(), StandardCharsets.UTF_8);
    }

    /** The text with a checksum that matches it: what a tool rewriting the file in another layout might leave. */
    private static String resealed(String text) {
        String body = text.substring(0, text.lastIndexOf(",\n  \"checksum\""));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return body + new String(RegistryChecksum.trailer(RegistryChecksum.of(bytes, 0, bytes.length)),
                StandardCharsets.UTF_8);
    }

    private static byte[] encoded(Registry registry) {
        ByteSink sink = RegistryWriter.encode(registry);
        return java.util.Arrays.copyOf(sink.array(), sink.position());
    }
}
