package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project pages and testimonies are never read or written through a symbolic link out of the repository. */
class ProjectPageLinksTest {

    private static final String OUTSIDE_NOTES = "# elsewhere\n\n## Notes\n\nprivate text from outside\n";

    @TempDir
    Path temp;

    private Path repository;
    private Path outside;
    private Path registry;
    private RegistryService service;
    private final TestClock clock = new TestClock("2026-11-20T09:00:00Z");

    @BeforeEach
    void repository() throws Exception {
        repository = Files.createDirectories(temp.resolve("repository"));
        outside = Files.createDirectories(temp.resolve("outside"));
        registry = repository.resolve("deployments/registry.json");
        service = RegistryService.open(repository, RegistrySettings.defaults(), null, clock);
        record("a@1.0.0");
    }

    private RegistryStore.Update<Recorded> record(String agent) throws Exception {
        return service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse(agent)),
                "development", Actor.parse("ci:x"), null, null, false, null));
    }

    private void assertNothingOutsideChangedOrCopiedIn(byte[] registryBefore) throws IOException {
        assertArrayEquals(registryBefore, Files.readAllBytes(registry), "nothing was written");
        try (Stream<Path> files = Files.walk(repository)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                assertFalse(Files.readString(file).contains("private text from outside"), file.toString());
            }
        }
    }

    @Test
    void aPageLinkedToAFileOutsideIsRefusedAndItsTargetNeverRead() throws Exception {
        Path target = Files.writeString(outside.resolve("notes.md"), OUTSIDE_NOTES);
        Path page = repository.resolve("deployments/by-project/api.md");
        Files.delete(page);
        Files.createSymbolicLink(page, target);
        byte[] before = Files.readAllBytes(registry);

        RegistryException e = assertThrows(RegistryException.class, () -> record("a@1.1.0"));
        assertEquals("deployments/by-project/api.md: error: by-project/api.md is a symbolic link; deploytrack never "
                + "reads or writes a project page through a link" + System.lineSeparator() + "    hint: replace the "
                + "link with a regular file holding the page's notes; nothing was written", e.describe());
        assertNothingOutsideChangedOrCopiedIn(before);
        assertEquals(OUTSIDE_NOTES, Files.readString(target));
        assertTrue(Files.isSymbolicLink(page));
    }

    @Test
    void aPagesDirectoryLinkedOutsideIsRefusedAndNothingIsWrittenThere() throws Exception {
        Path pages = repository.resolve("deployments/by-project");
        try (Stream<Path> files = Files.list(pages)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(pages);
        Files.createSymbolicLink(pages, outside);
        byte[] before = Files.readAllBytes(registry);

        RegistryException e = assertThrows(RegistryException.class, () -> record("a@1.1.0"));
        assertTrue(e.describe().startsWith("deployments/by-project: error: by-project is a symbolic link; "
                + "deploytrack writes project pages only into a directory of its own"), e.describe());
        assertNothingOutsideChangedOrCopiedIn(before);
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** A link made after the check, while the registry is written, is still not followed: the page fails alone. */
    @Test
    void aLinkMadeDuringTheWriteIsNotFollowedEither() throws Exception {
        Path target = Files.writeString(outside.resolve("notes.md"), OUTSIDE_NOTES);
        Path page = repository.resolve("deployments/by-project/api.md");
        Files.delete(page);
        Files.createSymbolicLink(page, target);
        Registry registry = service.read();
        IOException e = assertThrows(IOException.class, () -> service.summaries().write(registry,
                registry.projects()));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        assertEquals(OUTSIDE_NOTES, Files.readString(target));
    }

    @Test
    void aTestimonyDirectoryLinkedOutsideIsRefused() throws Exception {
        Files.createDirectories(repository.resolve("reflection_pool"));
        Files.createSymbolicLink(repository.resolve("reflection_pool/testimonies"), outside);
        Path testimony = Files.writeString(temp.resolve("testimony.md"), "# fine\n");
        byte[] before = Files.readAllBytes(registry);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> service.testimony(
                new TestimonyRequest("api", testimony, Set.of())));
        assertTrue(e.getMessage().contains(": reflection_pool/testimonies is a symbolic link"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(registry));
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
