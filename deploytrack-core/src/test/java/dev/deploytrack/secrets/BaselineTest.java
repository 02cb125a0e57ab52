package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.workspace.DirectoryWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepted secrets are keyed on path, rule and salted hash: stable under edits, never hiding a new secret. */
class BaselineTest {

    @TempDir
    Path root;

    private final FakeSecrets fake = new FakeSecrets(21);

    private Report scan() throws IOException {
        Baseline baseline = assertDoesNotThrow();
        return new SecretScan(SecretSettings.defaults(), baseline, 1).run(DirectoryWorkspace.scan(root, List.of(), 8),
                RulePolicy.defaults());
    }

    private int writeBaseline() throws IOException {
        Baseline existing = assertDoesNotThrow();
        return SecretScan.writeBaseline(DirectoryWorkspace.scan(root, List.of(), 8), SecretSettings.defaults(),
                existing, root.resolve(SecretSettings.DEFAULT_BASELINE), 1);
    }

    private Baseline assertDoesNotThrow() {
        try {
            return SecretScan.loadBaseline(root, SecretSettings.defaults(), null);
        } catch (BaselineException e) {
            throw new AssertionError(e.describe());
        }
    }

    @Test
    void editsAboveAnAcceptedSecretDoNotChurnButANewSecretOnTheSameLineIsReported() throws IOException {
        String password = fake.password();
        Path env = root.resolve(".env");
        Files.writeString(env, "DB_PASSWORD=" + password + "\n");
        assertEquals(1, scan().findings().size());
        assertEquals(1, writeBaseline());
        String baselineText = Files.readString(root.resolve(SecretSettings.DEFAULT_BASELINE));
        assertFalse(baselineText.contains(password), "the baseline holds no plaintext");
        assertFalse(baselineText.contains("\"line\""), "the baseline holds no line numbers");
        assertTrue(scan().findings().isEmpty());

        Files.writeString(env, "# moved down by new settings\nLOG_LEVEL=debug\n\nDB_PASSWORD=" + password + "\n");
        assertTrue(scan().findings().isEmpty(), "an edit above the secret does not churn the baseline");
        assertEquals(1, writeBaseline());
        assertEquals(baselineText, Files.readString(root.resolve(SecretSettings.DEFAULT_BASELINE)),
                "rewriting the baseline after the edit changes nothing");

        String other = fake.password();
        Files.writeString(env, "# moved down by new settings\nLOG_LEVEL=debug\n\nDB_PASSWORD=" + other + "\n");
        List<Finding> findings = scan().findings();
        assertEquals(1, findings.size(), "a different secret on the same line is still reported");
        assertEquals(4, findings.get(0).line());
    }

    @Test
    void theSameSecretInAnotherFileIsNotAccepted() throws IOException {
        String token = "glpat-" + fake.urlsafe(20);
        Files.writeString(root.resolve("a.env"), "TOKEN=" + token + "\n");
        writeBaseline();
        Files.writeString(root.resolve("b.env"), "TOKEN=" + token + "\n");
        List<Finding> findings = scan().findings();
        assertEquals(List.of("b.env"), findings.stream().map(Finding::path).toList());
    }

    @Test
    void fingerprintsAreSaltedStableHashesAndTheSaltIsKeptOnUpdate() throws IOException {
        String token = "glpat-" + fake.urlsafe(20);
        Files.writeString(root.resolve("a.env"), "TOKEN=" + token + "\n");
        String before = scan().findings().get(0).fingerprint();
        writeBaseline();
        Baseline first = assertDoesNotThrow();
        assertNotEquals(SecretHasher.DEFAULT_SALT, first.salt());
        Files.writeString(root.resolve("b.env"), "SECRET=" + fake.alnum(32) + "\n");
        writeBaseline();
        Baseline second = assertDoesNotThrow();
        assertEquals(first.salt(), second.salt());
        assertEquals(2, second.entries().size());
        assertEquals(32, before.length());
        assertFalse(before.contains(token.substring(6)));
        assertNotEquals(before, first.entries().get(0).hash(), "a repository's own salt changes the hash");
        assertEquals(SecretHasher.withSalt(first.salt()).hash("gitlab-pat", token), first.entries().get(0).hash());
    }

    @Test
    void anInvalidBaselineNamesFileAndLine() throws IOException {
        Files.writeString(root.resolve(SecretSettings.DEFAULT_BASELINE), "{\n  \"version\": 1,\n  \"salt\": x\n}\n");
        BaselineException e = assertThrows(BaselineException.class,
                () -> SecretScan.loadBaseline(root, SecretSettings.defaults(), null));
        assertTrue(e.describe().startsWith(".deploytrack-secrets-baseline.json:3:"), e.describe());
        Files.writeString(root.resolve(SecretSettings.DEFAULT_BASELINE), "{\"version\": 2}");
        e = assertThrows(BaselineException.class, () -> SecretScan.loadBaseline(root, SecretSettings.defaults(),
                null));
        assertTrue(e.getMessage().contains("not a deploytrack secrets baseline"), e.getMessage());
    }

    @Test
    void anEmptyOrShortSaltIsABaselineErrorNotAFailureOfEveryFile() throws IOException {
        for (String salt : new String[] {"", "c2hvcnQ="}) {
            Files.writeString(root.resolve(SecretSettings.DEFAULT_BASELINE), "{\"version\": 1, \"salt\": \"" + salt
                    + "\", \"secrets\": []}");
            BaselineException e = assertThrows(BaselineException.class,
                    () -> SecretScan.loadBaseline(root, SecretSettings.defaults(), null));
            assertTrue(e.getMessage().contains("the salt must be base64 of at least 8 random bytes"), e.getMessage());
        }
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsLine() throws IOException {
        Files.writeString(root.resolve(SecretSettings.DEFAULT_BASELINE), "{\"version\": 1,\n\"salt\": \""
                + SecretHasher.newSalt() + "\",\n\"salt\": \"" + SecretHasher.newSalt() + "\", \"secrets\": []}");
        BaselineException e = assertThrows(BaselineException.class,
                () -> SecretScan.loadBaseline(root, SecretSettings.defaults(), null));
        assertEquals(3, e.line(), e.describe());
        assertTrue(e.getMessage().contains("Duplicate field 'salt'"), e.getMessage());
    }
}
