package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deploytrack.report.Report;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.validate.TempRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule tells binary from text for every reader: validate's checks (SourceText) and the secret scanner's byte
 * path (FileText) agree on every shape, and a stray NUL leaves an agent file text for validate as for the scan.
 */
class BinaryContentTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validateAndTheSecretScanTellBinaryFromTextAlike() {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        samples.put("text", utf8("# Notes\nplain text\n"));
        samples.put("a stray NUL after a token", utf8("GITHUB_TOKEN=abc\0"));
        samples.put("two stray NULs", utf8("# Notes\0\n\nx\n\0\n"));
        samples.put("three NULs in a short file", utf8("x".repeat(100) + "\0\0\0"));
        samples.put("NULs with other control bytes", utf8("\0\1\2\0GITHUB_TOKEN=abc"));
        samples.put("a zip header", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        samples.put("UTF-16LE without a mark", "# Notes\nplain text\n".getBytes(StandardCharsets.UTF_16LE));
        samples.put("UTF-16LE with a mark", "\uFEFF# Notes\n".getBytes(StandardCharsets.UTF_16LE));
        samples.put("a BOM then a stray NUL", utf8("\uFEFF# Notes\0\n"));
        samples.put("a NUL after 8,000 bytes", utf8("a".repeat(8000) + "\0\1\2"));
        Map<String, Boolean> validate = new LinkedHashMap<>();
        Map<String, Boolean> scan = new LinkedHashMap<>();
        samples.forEach((name, bytes) -> {
            validate.put(name, SourceText.decode(bytes).isBinary());
            scan.put(name, FileText.of(bytes, bytes.length) == null);
        });
        assertEquals(validate, scan);
        assertEquals(List.of("three NULs in a short file", "NULs with other control bytes", "a zip header"),
                validate.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
    }

    @Test
    void anAgentFileWithAStrayNulIsCheckedNotSkippedAsBinary(@TempDir Path dir) {
        Report report = new TempRepo(dir).write("AGENTS.md", "# Notes\n\nUse the cache.\0\n").write(
                ".claude/agents/r.md", "---\nname: r\0\ndescription: Reviews.\n---\nReview.\n").validate();
        assertEquals(List.of(), report.findings().stream().filter(f -> f.ruleId().equals("file-binary")).toList());
        // the agent's frontmatter is read, and the NUL in it is reported where it is
        assertEquals(List.of(".claude/agents/r.md:2"), report.findings().stream()
                .filter(f -> f.ruleId().startsWith("frontmatter-")).map(f -> f.path() + ":" + f.line()).toList());
    }
}
