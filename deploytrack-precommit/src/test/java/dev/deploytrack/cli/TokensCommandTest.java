package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts verified with tiktoken: "word word word word word\n" is 6 tokens in o200k_base and cl100k_base. */
class TokensCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("AGENTS.md"), "word word word word word\n".repeat(10));
        Files.writeString(dir.resolve("special.md"), "<|endoftext|>");
        // "\uFEFF# CLAUDE.md with a byte-order mark\n\nRead AGENTS.md first.\n": 17 tokens with the mark.
        Files.write(dir.resolve("bom.md"), ("\uFEFF# CLAUDE.md with a byte-order mark\n\nRead AGENTS.md first.\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textPrintsEachFileAndATotal() {
        CliRun run = CliRun.run(dir, "tokens", "AGENTS.md", "special.md");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("AGENTS.md: 60 tokens (o200k_base)\nspecial.md: 7 tokens (o200k_base)\ntotal: 67 tokens\n",
                run.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CliRun run = CliRun.run(dir, "tokens", "--encoding", "cl100k_base", "--format", "json", "AGENTS.md",
                "bom.md");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertEquals(2, files.size());
        assertEquals("AGENTS.md", files.get(0).get("path").asText());
        assertEquals(60, files.get(0).get("tokens").asInt());
        assertEquals("cl100k_base", files.get(0).get("encoding").asText());
        assertTrue(files.get(0).get("exact").asBoolean());
        // The byte-order mark is counted (tiktoken on the file's UTF-8 text gives 17) and flagged.
        assertEquals(17, files.get(1).get("tokens").asInt());
        assertTrue(files.get(1).get("byteOrderMark").asBoolean());
    }

    @Test
    void modelsWithoutPublicTokenizerAreMarkedAsEstimates() throws Exception {
        // 60 o200k_base tokens x 1.20 = 72, band 60 x 1.10 = 66 to 60 x 1.35 = 81.
        CliRun run = CliRun.run(dir, "tokens", "--model", "claude-sonnet-4-5", "--format", "json", "AGENTS.md");
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertEquals(72, file.get("tokens").asInt());
        assertEquals("o200k_base", file.get("encoding").asText());
        assertEquals(false, file.get("exact").asBoolean());
        assertEquals(66, file.get("low").asInt());
        assertEquals(81, file.get("high").asInt());
        CliRun text = CliRun.run(dir, "tokens", "--model", "claude-sonnet-4-5", "AGENTS.md");
        assertEquals("AGENTS.md: ~72 tokens (claude-sonnet-4-5 estimate: o200k_base x 1.20 (1.10-1.35), likely "
                + "66-81)\n", text.out());
        CliRun gpt4 = CliRun.run(dir, "tokens", "--model", "gpt-4", "AGENTS.md");
        assertEquals("AGENTS.md: 60 tokens (gpt-4 (cl100k_base))\n", gpt4.out());
    }

    @Test
    void configuredEstimateFactorsAreUsed() throws Exception {
        Files.writeString(dir.resolve("deploytrack.yml"), "tokens:\n  estimates:\n    gemini: {factor: 1.5}\n");
        CliRun run = CliRun.run(dir, "tokens", "--model", "gemini-2.5-pro", "AGENTS.md");
        assertTrue(run.out().startsWith("AGENTS.md: ~90 tokens"), run.out());
    }

    @Test
    void badInputExitsWithTwo() {
        CliRun missing = CliRun.run(dir, "tokens", "AGENTS.md", "nope.md");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.md: no such file"), missing.err());
        assertTrue(missing.out().contains("AGENTS.md: 60 tokens"), "the other files are still counted");
        assertEquals(2, CliRun.run(dir, "tokens", "--encoding", "o100k", "AGENTS.md").exitCode());
        assertEquals(2, CliRun.run(dir, "tokens", "--encoding", "cl100k_base", "--model", "gpt-5", "AGENTS.md")
                .exitCode());
        assertEquals(2, CliRun.run(dir, "tokens").exitCode());
        assertEquals(2, CliRun.run(dir, "tokens", "--format", "sarif", "AGENTS.md").exitCode());
        assertEquals(2, CliRun.run(dir, "tokens", ".").exitCode());
    }
}
