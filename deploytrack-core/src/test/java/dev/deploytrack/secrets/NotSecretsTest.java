package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines that name a secret without holding one, in every language agent repositories are written in: calls,
 * environment lookups, header and storage names, test passwords, patterns, Markdown prose and code blocks. Each
 * fixture file under {@code not-secrets/} must give no finding. Most lines are those a scanner reported on public
 * repositories of agent configuration (issue 13).
 */
class NotSecretsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"calls.py", "calls.ts", "Calls.java", "Calls.cs", "calls.go", "calls.rs", "calls.rb",
        "calls.php", "Calls.kt", "setup.sh", "queries.sql", "workflow.yml", "data.json", "prose.md",
        "code-blocks.md", "rules.mdc"})
    void fixtureHasNoFinding(String name) throws IOException {
        String text = fixture(name);
        List<SecretMatch> matches = Scans.scan(name, text);
        assertTrue(matches.isEmpty(), name + ": " + describe(text, matches));
    }

    /** The fixtures are meant to hold keywords the detectors look at: guard against a fixture that tests nothing. */
    @Test
    void fixturesAreFullOfSecretNamedKeys() throws IOException {
        String text = fixture("calls.py") + fixture("calls.ts") + fixture("code-blocks.md");
        int keys = 0;
        for (String line : text.split("\n")) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("token") || lower.contains("password") || lower.contains("key")
                    || lower.contains("secret") || lower.contains("sig")) {
                keys++;
            }
        }
        assertTrue(keys > 60, "only " + keys + " lines with a secret-named key");
    }

    /** Fake keys of a provider's shape, built here so that no file holds one: typed patterns, not secrets. */
    @Test
    void obviouslyTypedKeysAreNotReported() {
        String typed = "sk-" + "abc123def456ghi789jkl012mno345pqr678stu901vwx234";
        assertEquals(List.of(), Scans.rules("README.md", "OPENAI_API_KEY=" + typed));
        String google = "AIza" + "SyA1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q";
        assertEquals(List.of(), Scans.rules("vulnerabilities.md", "Example: " + google));
        assertEquals(List.of(), Scans.rules("app.ts", "const API_KEY = \"sk_" + "live_abc123xyz789\";"));
        assertEquals(List.of(), Scans.rules("webhook_test.go", "option.WithWebhookKey(\"whsec_" + "c2VjcmV0Cg==\"),"));
    }

    private static String describe(String text, List<SecretMatch> matches) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (SecretMatch match : matches) {
            out.append("\n  ").append(match.line()).append(": ").append(match.ruleId()).append(" in: ")
                    .append(lines[match.line() - 1].strip());
        }
        return out.toString();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = NotSecretsTest.class.getResourceAsStream("not-secrets/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture not-secrets/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
