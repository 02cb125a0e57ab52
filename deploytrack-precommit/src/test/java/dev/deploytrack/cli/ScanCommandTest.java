package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    @TempDir
    Path repo;

    private final Random random = new Random(17);

    private String random(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Two secrets built at test time; returns them so tests can check they never appear in output. */
    private List<String> plantSecrets() throws IOException {
        String token = "glpat-" + random(20);
        String password = "Pq" + random(6) + "#!" + random(4);
        write(".mcp.json", "{\n  \"mcpServers\": {\n    \"gitlab\": {\n      \"command\": \"npx\",\n"
                + "      \"env\": {\"GITLAB_TOKEN\": \"" + token + "\"}\n    }\n  }\n}\n");
        write("services/db.env", "DB_HOST=db\r\nDB_PASSWORD=" + password + "\r\n");
        write("README.md", "Set `OPENAI_API_KEY=your_api_key_here` first.\n");
        return List.of(token, password);
    }

    @Test
    void secretsExitOneWithCompilerStyleRedactedLines() throws IOException {
        List<String> secrets = plantSecrets();
        CliRun run = CliRun.run(repo, "scan");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains(".mcp.json:5:32: error: GitLab personal access token \"glpat-"), run.out());
        assertTrue(run.out().contains("(26 characters) [gitlab-pat]"), run.out());
        assertTrue(run.out().contains("services/db.env:2:13: error: hard-coded password"), run.out());
        assertTrue(run.out().contains("2 errors, 0 warnings, 0 notes in 3 files"), run.out());
        for (String secret : secrets) {
            assertFalse(run.out().contains(secret) || run.err().contains(secret), "secret printed in full");
        }
    }

    @Test
    void noSecretIsWrittenInAnyReportFormat() throws IOException {
        List<String> secrets = plantSecrets();
        Path summary = repo.resolve("summary.md");
        for (String format : List.of("text", "json", "sarif", "junit", "markdown")) {
            CliRun run = CliRun.run(repo, Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "scan", "--format",
                    format, "--output", "out/report." + format);
            assertEquals(1, run.exitCode(), run.err());
            String report = Files.readString(repo.resolve("out/report." + format));
            assertTrue(report.contains("gitlab-pat"), report);
            for (String secret : secrets) {
                assertFalse(report.contains(secret), format + " report holds a secret");
                assertFalse(report.contains(secret.substring(0, secret.length() - 2)), format + " almost whole");
            }
        }
        String markdown = Files.readString(summary);
        secrets.forEach(secret -> assertFalse(markdown.contains(secret)));
    }

    @Test
    void jsonHasValidatesShapeWithTheProviderRuleAndAFingerprint() throws IOException {
        plantSecrets();
        CliRun run = CliRun.run(repo, "scan", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode finding = json.get("findings").get(0);
        assertEquals(".mcp.json", finding.get("path").asText());
        assertEquals("gitlab-pat", finding.get("rule").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals(32, finding.get("fingerprint").asText().length());
        assertEquals(2, json.get("summary").get("errors").asInt());
        CliRun sarif = CliRun.run(repo, "scan", "--format", "sarif");
        JsonNode result = new ObjectMapper().readTree(sarif.out()).get("runs").get(0).get("results").get(0);
        assertEquals(finding.get("fingerprint").asText(),
                result.get("partialFingerprints").get("deploytrackFingerprint/v1").asText());
    }

    @Test
    void writeBaselineAcceptsTheCurrentSecretsAndANewOneIsStillReported() throws IOException {
        List<String> secrets = plantSecrets();
        CliRun written = CliRun.run(repo, "scan", "--write-baseline");
        assertEquals(0, written.exitCode(), written.err());
        assertTrue(written.out().contains("2 secrets accepted"), written.out());
        String baseline = Files.readString(repo.resolve(".deploytrack-secrets-baseline.json"));
        secrets.forEach(secret -> assertFalse(baseline.contains(secret)));
        assertEquals(0, CliRun.run(repo, "scan").exitCode());
        write("services/db.env", "# comment moves the secret down\nDB_HOST=db\r\nDB_PASSWORD=" + secrets.get(1)
                + "\r\n");
        assertEquals(0, CliRun.run(repo, "scan").exitCode(), "an edit above an accepted secret changes nothing");
        write("services/api.env", "API_KEY=" + random(40) + "\n");
        CliRun run = CliRun.run(repo, "scan");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("services/api.env:1:9"), run.out());
    }

    @Test
    void baselineOptionAndConfiguredBaselineAndSwitchedOffRules() throws IOException {
        plantSecrets();
        assertEquals(0, CliRun.run(repo, "scan", "--baseline", "ci/accepted.json", "--write-baseline").exitCode());
        assertTrue(Files.isRegularFile(repo.resolve("ci/accepted.json")));
        assertEquals(0, CliRun.run(repo, "scan", "--baseline", "ci/accepted.json").exitCode());
        assertEquals(1, CliRun.run(repo, "scan").exitCode());
        write("deploytrack.yml", "secrets:\n  baseline: ci/accepted.json\n");
        assertEquals(0, CliRun.run(repo, "scan").exitCode());
        write("deploytrack.yml", "rules:\n  gitlab-pat: off\n  generic-password: off\n");
        assertEquals(0, CliRun.run(repo, "scan").exitCode());
    }

    @Test
    void invalidBaselineAndUsageErrorsExitTwo() throws IOException {
        plantSecrets();
        write(".deploytrack-secrets-baseline.json", "{ not json");
        CliRun run = CliRun.run(repo, "scan");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(".deploytrack-secrets-baseline.json:1:"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(2, CliRun.run(repo, "scan", "--format", "pdf").exitCode());
        assertEquals(2, CliRun.run(repo, "scan", "no-such-dir").exitCode());
        // A baseline named on the command line that does not exist is a mistake, not an empty baseline.
        CliRun missing = CliRun.run(repo, "scan", "--baseline", "ci/acepted.json");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("ci/acepted.json:1:1: error: the baseline file does not exist"), missing.err());
        assertTrue(CliRun.run(repo, "scan", "--help").out().contains("--write-baseline"));
        assertTrue(CliRun.run(repo, "--help").out().contains("scan"));
    }

    @Test
    void validateReportsSecretsInAnyFileToo() throws IOException {
        List<String> secrets = plantSecrets();
        write("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs. Use for PDFs.\n---\n# PDF\n");
        CliRun run = CliRun.run(repo, "validate");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("[gitlab-pat]"), run.out());
        assertTrue(run.out().contains("services/db.env:2:13: error: hard-coded password"), run.out());
        secrets.forEach(secret -> assertFalse(run.out().contains(secret)));
        write("deploytrack.yml", "secrets:\n  enabled: false\n");
        assertEquals(0, CliRun.run(repo, "validate").exitCode());
    }
}
