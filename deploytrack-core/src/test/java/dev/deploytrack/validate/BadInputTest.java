package dev.deploytrack.validate;

import static dev.deploytrack.validate.TempRepo.brief;
import static dev.deploytrack.validate.TempRepo.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.workspace.DirectoryWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However broken a file is, it yields a finding naming it, and the other files are still checked. */
class BadInputTest {

    @TempDir
    Path dir;

    private static final String VALID = "---\nname: %s\ndescription: Does things. Use when needed.\n---\nBody\n";

    @Test
    void everyKindOfBrokenFileYieldsAFindingAndTheRestIsChecked() {
        StringBuilder bomb = new StringBuilder("---\nname: bomb\ndescription: d\na0: &a0 [x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 20; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append(", *a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        bomb.append("---\n");
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        byte[] bom = ("\uFEFF" + String.format(VALID, "bom")).getBytes(StandardCharsets.UTF_8);
        Report report = new TempRepo(dir)
                .write("skills/yaml/SKILL.md", "---\nname: yaml\ndescription: [unclosed\n---\n")
                .write("skills/binary/SKILL.md", new byte[] {'-', '-', '-', '\n', 0, 1, 2, 3})
                .write("skills/latin1/SKILL.md", String.format(VALID, "latin1").replace("Does", "D\u00e9s")
                        .getBytes(StandardCharsets.ISO_8859_1))
                .write("skills/huge/SKILL.md", huge)
                .write("skills/bomb/SKILL.md", bomb.toString())
                .write("skills/crlf/SKILL.md", String.format(VALID, "crlf").replace("\n", "\r\n"))
                .write("skills/bom/SKILL.md", bom)
                .write("skills/empty/SKILL.md", "")
                .write(".mcp.json", "{\"mcpServers\": ")
                .write("skills/mismatch/SKILL.md", String.format(VALID, "other"))
                .validate();
        List<String> findings = brief(report);
        assertEquals(List.of(
                "skills/binary/SKILL.md:1:1 file-binary",
                "skills/bom/SKILL.md:1:1 skill-bom",
                "skills/bomb/SKILL.md:17:24 skill-yaml",
                "skills/empty/SKILL.md:1:1 skill-frontmatter",
                "skills/huge/SKILL.md:1:1 file-too-large",
                "skills/latin1/SKILL.md:3:15 file-encoding",
                "skills/mismatch/SKILL.md:2:7 skill-name-directory",
                "skills/yaml/SKILL.md:3:14 skill-yaml"), findings.stream().filter(f -> !f.startsWith(".mcp")).toList());
        Finding json = single(report, "mcp-json");
        assertEquals(".mcp.json", json.path());
        assertEquals(10, report.summary().files());
        assertTrue(single(report, "file-too-large").message().contains("50.0 MB"));
        report.findings().forEach(f -> assertTrue(!f.message().contains("Exception"), f.message()));
    }

    @Test
    void anUnexpectedFailureOnOneFileIsAFindingAndTheNextFileIsStillChecked() throws IOException {
        new TempRepo(dir).write("a/AGENTS.md", "# a\n").write("b/AGENTS.md", "# b\n");
        DirectoryWorkspace workspace = DirectoryWorkspace.scan(dir, List.of(), 32);
        FindingCollector findings = new FindingCollector(RulePolicy.defaults());
        CheckContext context = new CheckContext(workspace, AgentFileDiscovery.discover(workspace),
                findings, 1 << 20);
        AtomicInteger seen = new AtomicInteger();
        context.forEachText(context.agentFiles().instructionFiles(), (path, text) -> {
            seen.incrementAndGet();
            if (path.startsWith("a/")) {
                throw new IllegalStateException("boom");
            }
        });
        assertEquals(2, seen.get());
        Finding internal = single(findings.toReport(), "internal-error");
        assertEquals("a/AGENTS.md", internal.path());
        assertTrue(internal.message().contains("IllegalStateException: boom"), internal.message());
    }
}
