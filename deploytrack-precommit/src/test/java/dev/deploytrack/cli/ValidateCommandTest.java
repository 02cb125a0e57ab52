package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void validSkill() throws IOException {
        write("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs. Use for PDFs.\n---\n# PDF\n");
    }

    @Test
    void cleanRepositoryExitsZero() throws IOException {
        validSkill();
        CliRun run = CliRun.run(repo, "validate");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 errors, 0 warnings, 0 notes in 1 file"), run.out());
    }

    @Test
    void errorsExitOneWithCompilerStyleLines() throws IOException {
        write("skills/pdf_x/SKILL.md", "---\nname: pdf-x\ndescription: d\n---\n");
        CliRun run = CliRun.run(repo, "validate", ".");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("skills/pdf_x/SKILL.md:2:7: error: skill name 'pdf-x' does not match its "
                + "directory 'pdf_x' [skill-name-directory]"), run.out());
    }

    @Test
    void warningsPassUnlessFailOnWarning() throws IOException {
        write("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: d\nversion: 1\n---\n");
        assertEquals(0, CliRun.run(repo, "validate").exitCode());
        assertEquals(1, CliRun.run(repo, "validate", "--fail-on-warning").exitCode());
        assertEquals(1, CliRun.run(repo, "validate", "--strict").exitCode());
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws IOException {
        write("skills/pdf/SKILL.md", "---\nname: pdf\n---\n");
        CliRun run = CliRun.run(repo, "validate", "--format", "json");
        assertEquals(1, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("skills/pdf/SKILL.md", finding.get("path").asText());
        assertEquals(1, finding.get("line").asInt());
        assertEquals(1, finding.get("column").asInt());
        assertEquals("skill-description-required", finding.get("rule").asText());
        assertEquals("error", finding.get("severity").asText());
        assertTrue(finding.get("message").asText().contains("description"));
        assertEquals(1, json.get("summary").get("errors").asInt());
        assertEquals(1, json.get("summary").get("files").asInt());
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        validSkill();
        CliRun run = CliRun.run(repo, "validate", "--format=sarif", "--output", "out/report.sarif");
        assertEquals(0, run.exitCode(), run.err());
        String sarif = Files.readString(repo.resolve("out/report.sarif"));
        assertTrue(sarif.contains("\"version\" : \"2.1.0\""), sarif);
        assertTrue(run.out().contains("sarif report written to"), run.out());
    }

    @Test
    void stepSummaryIsAppendedWhenGithubSetsTheVariable() throws IOException {
        write("skills/pdf/SKILL.md", "---\nname: pdf\n---\n");
        Path summary = repo.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        CliRun.run(repo, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "validate");
        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("earlier step\n### deploytrack validate: failed"), markdown);
        assertTrue(markdown.contains("`skills/pdf/SKILL.md:1` | error | `skill-description-required`"), markdown);
    }

    @Test
    void invalidConfigurationExitsTwoNamingTheLine() throws IOException {
        validSkill();
        write("deploytrack.yml", "strict: true\nskils: {}\n");
        CliRun run = CliRun.run(repo, "validate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("deploytrack.yml:2:1: error: unknown key 'skils'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aSingleFileIsValidatedAgainstItsDirectory() throws IOException {
        write("skills/pdf_x/SKILL.md", "---\nname: pdf-x\ndescription: d\n---\n");
        write("skills/other/SKILL.md", "no frontmatter");
        CliRun run = CliRun.run(repo, "validate", "skills/pdf_x/SKILL.md");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("SKILL.md:2:7: error: skill name 'pdf-x' does not match its directory 'pdf_x'"),
                run.out());
        assertTrue(run.out().contains("in 1 file"), run.out());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertEquals(2, CliRun.run(repo, "validate", "--format", "pdf").exitCode());
        assertEquals(2, CliRun.run(repo, "validate", "--bogus").exitCode());
        assertEquals(2, CliRun.run(repo, "validate", "missing-dir").exitCode());
        assertEquals(2, CliRun.run(repo, "frobnicate").exitCode());
        CliRun run = CliRun.run(repo, "validate", "a", "b");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("validate --help"), run.err());
    }

    @Test
    void helpIsAvailableOnEveryCommand() {
        CliRun run = CliRun.run(repo, "validate", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: java -jar deploytrack.jar validate"), run.out());
        CliRun top = CliRun.run(repo, "--help");
        assertTrue(top.out().contains("validate"), top.out());
        assertEquals(0, CliRun.run(repo, "--version").exitCode());
    }

    @Test
    void brokenFilesYieldFindingsNotStackTraces() throws IOException {
        write("skills/binary/SKILL.md", "---\nname: binary\u0000\u0001\n---\n");
        Files.write(createParent("skills/latin/SKILL.md"),
                new byte[] {'-', '-', '-', '\n', 'n', 'a', 'm', 'e', ':', ' ', 'l', 'a', 't', 'i', 'n', '\n',
                        'd', 'e', 's', 'c', 'r', 'i', 'p', 't', 'i', 'o', 'n', ':', ' ', (byte) 0xE9, '\n', '-', '-',
                        '-', '\n'});
        write("skills/empty/SKILL.md", "");
        write(".mcp.json", "{\"mcpServers\": {\"a\": {\"command\": \"npx\",}}}");
        CliRun run = CliRun.run(repo, "validate");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("skills/binary/SKILL.md:1:1: error: the file holds binary content"), run.out());
        assertTrue(run.out().contains("skills/latin/SKILL.md:3:14: warning: the file is not valid UTF-8"), run.out());
        assertTrue(run.out().contains("skills/empty/SKILL.md:1:1: error: SKILL.md must start with YAML frontmatter"),
                run.out());
        assertTrue(run.out().contains(".mcp.json:1:40: error: invalid JSON"), run.out());
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run.out() + run.err());
    }

    private Path createParent(String path) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        return file;
    }
}
