package dev.deploytrack.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Testimony reports as files under a registry's root: what export writes and import reads. A path from a registry
 * (which anyone may edit) never leads out of the root, nor through a link.
 */
class FileTestimonyShelfTest {

    @TempDir
    Path temp;

    @Test
    void keepsAndReadsInsideTheRoot() throws IOException {
        FileTestimonyShelf shelf = new FileTestimonyShelf(temp.resolve("export"));
        String path = "reflection_pool/testimonies/api-20261120T100030Z.md";
        assertFalse(shelf.holds(path));
        assertNull(shelf.read(path));
        shelf.keep(path, "api", "# fine\n".getBytes(UTF_8));
        assertTrue(shelf.holds(path));
        assertArrayEquals("# fine\n".getBytes(UTF_8), shelf.read(path));
        assertTrue(Files.isRegularFile(temp.resolve("export").resolve(path)));
    }

    @Test
    void aPathLeavingTheRootIsRefusedBothWays() throws IOException {
        Path root = Files.createDirectories(temp.resolve("export"));
        Files.writeString(temp.resolve("outside.md"), "# not the registry's\n");
        FileTestimonyShelf shelf = new FileTestimonyShelf(root);
        for (String path : List.of("../outside.md", "reflection_pool/../../outside.md", temp.resolve("outside.md")
                .toString(), "", ".", "reflection_pool/..")) {
            IOException read = assertThrows(IOException.class, () -> shelf.read(path), path);
            assertTrue(read.getMessage().contains("inside the registry's directory"), read.getMessage());
            assertThrows(IOException.class, () -> shelf.keep(path, "api", new byte[] {1}), path);
        }
        assertEquals("# not the registry's\n", Files.readString(temp.resolve("outside.md")));
        try (Stream<Path> files = Files.list(root)) {
            assertEquals(List.of(), files.toList(), "nothing was written");
        }
    }

    @Test
    void aLinkOnTheWayIsRefusedBothWays() throws IOException {
        Path root = Files.createDirectories(temp.resolve("export"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("a.md"), "# elsewhere\n");
        try {
            Files.createSymbolicLink(root.resolve("reflection_pool"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        FileTestimonyShelf shelf = new FileTestimonyShelf(root);
        IOException read = assertThrows(IOException.class, () -> shelf.read("reflection_pool/a.md"));
        assertTrue(read.getMessage().startsWith("reflection_pool is a symbolic link"), read.getMessage());
        assertThrows(IOException.class, () -> shelf.keep("reflection_pool/b.md", "api", new byte[] {1}));
        assertFalse(Files.exists(outside.resolve("b.md")));
    }

    @Test
    void aReportOverTheLimitIsNotRead() throws IOException {
        Path root = Files.createDirectories(temp.resolve("export"));
        Files.write(root.resolve("large.md"), new byte[(int) TestimonyShelf.MAX_SIZE + 1]);
        IOException e = assertThrows(IOException.class, () -> new FileTestimonyShelf(root).read("large.md"));
        assertTrue(e.getMessage().startsWith("large.md: the testimony is 1.0 MB, over the 1.0 MB"), e.getMessage());
    }
}
