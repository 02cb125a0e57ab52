package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.workspace.DirectoryWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact positions, line endings, encodings, binary and oversized files, and pathological lines. */
class TextHandlingTest {

    private final FakeSecrets fake = new FakeSecrets(5);

    @Test
    void lineAndColumnAreExactWithLfAndCrlf() {
        String secret = fake.checksummed("ghp_");
        for (String lineEnd : List.of("\n", "\r\n", "\r")) {
            String text = "first" + lineEnd + lineEnd + "  token: " + secret + lineEnd + "last";
            SecretMatch match = Scans.scan("a.yaml", text).get(0);
            assertEquals(3, match.line(), lineEnd.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(10, match.column());
        }
    }

    @Test
    void utf16FilesAreDecodedAndBinaryFilesSkipped(@TempDir Path root) throws IOException {
        String secret = "glpat-" + fake.urlsafe(20);
        Files.write(root.resolve("utf16le.env"), ("\uFEFFGITLAB_TOKEN=" + secret + "\n")
                .getBytes(StandardCharsets.UTF_16LE));
        Files.write(root.resolve("utf16be.env"), ("\uFEFFGITLAB_TOKEN=" + secret + "\n")
                .getBytes(StandardCharsets.UTF_16BE));
        byte[] binary = ("\0\1\2GITLAB_TOKEN=" + secret).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("blob.dat"), binary);
        Files.write(root.resolve("image.png"), ("GITLAB_TOKEN=" + secret).getBytes(StandardCharsets.UTF_8));
        SecretScanResult result = SecretScanner.defaults().scan(DirectoryWorkspace.scan(root, List.of(), 8), 2);
        assertEquals(List.of("utf16be.env", "utf16le.env"), result.matches().stream().map(SecretMatch::path)
                .toList());
        assertEquals(2, result.binaryFiles());
        assertEquals(1, result.matches().get(0).line());
        assertEquals(14, result.matches().get(0).column());
    }

    /**
     * Issue 10, defect 7: a text file with a stray NUL byte after a token was taken for binary and skipped without
     * a word. It is text with one odd byte: scanned. A binary file (NULs with other control bytes) is still skipped.
     */
    @Test
    void aStrayNulDoesNotHideATextFile(@TempDir Path root) throws IOException {
        String token = fake.checksummed("ghp_");
        Files.write(root.resolve(".env"), ("GITHUB_TOKEN=" + token + "\0").getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("notes.md"), ("# Notes\0\n\nGITHUB_TOKEN=" + token + "\n\0\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("blob.dat"), ("\0\1\2\0GITHUB_TOKEN=" + token).getBytes(StandardCharsets.UTF_8));
        SecretScanResult result = SecretScanner.defaults().scan(DirectoryWorkspace.scan(root, List.of(), 8), 1);
        assertEquals(List.of(".env", "notes.md"), result.matches().stream().map(SecretMatch::path).toList());
        assertEquals(List.of(".env", "notes.md"), result.scannedFiles());
        assertEquals(1, result.binaryFiles());
    }

    @Test
    void filesOverTheLimitAreSkippedWithANote(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("big.log"), "x".repeat(2000) + "\nTOKEN=glpat-" + fake.urlsafe(20));
        Files.writeString(root.resolve("small.env"), "TOKEN=glpat-" + fake.urlsafe(20));
        SecretSettings settings = new SecretSettings(true, SecretSettings.DEFAULT_BASELINE, 1024, 3.0, List.of(),
                List.of(), List.of());
        SecretScanResult result = new SecretScanner(settings, SecretHasher.defaults())
                .scan(DirectoryWorkspace.scan(root, List.of(), 8), 1);
        assertEquals(List.of("small.env"), result.matches().stream().map(SecretMatch::path).toList());
        assertEquals("big.log", result.tooLarge().get(0).path());
        assertTrue(result.tooLarge().get(0).reason().contains("2.0 KB"), result.tooLarge().get(0).reason());
    }

    @Test
    void resultsAreInPathOrderWhateverTheThreadCount(@TempDir Path root) throws IOException {
        for (int i = 0; i < 60; i++) {
            Files.writeString(root.resolve("f" + i + ".env"), "A=1\nTOKEN=glpat-" + fake.urlsafe(20) + "\n");
        }
        DirectoryWorkspace workspace = DirectoryWorkspace.scan(root, List.of(), 8);
        SecretScanner scanner = SecretScanner.defaults();
        List<SecretMatch> one = scanner.scan(workspace, 1).matches();
        List<SecretMatch> four = scanner.scan(workspace, 4).matches();
        assertEquals(60, one.size());
        assertEquals(one, four);
    }

    /**
     * Long lines built to make backtracking regular expressions explode (near-miss tokens, endless key characters,
     * unterminated quotes): the scan must finish. The timeout guards against a hang; it measures nothing.
     */
    @Test
    void pathologicalLinesDoNotHangTheScanner() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            line.append("sk-ant-api03-").append("a-".repeat(3)).append("ghp_AAAA ").append("password=\"")
                    .append("eyJ").append("A".repeat(9)).append(".eyJ ").append("https://u:p");
        }
        line.append("x".repeat(200_000)).append("key-").append("0".repeat(100_000));
        String text = line.toString();
        List<SecretMatch> matches = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Scans.scan("minified.js", text));
        assertTrue(matches.isEmpty(), Scans.describe(matches));
        String withSecret = text + "\nAPI_KEY=\"" + fake.alnum(40) + "\"\n";
        assertEquals(1, Scans.scan("config.env", withSecret).size());
    }
}
