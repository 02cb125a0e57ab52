package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Glob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline markers, allow patterns, path excludes and custom rules. */
class SuppressionTest {

    private final FakeSecrets fake = new FakeSecrets(13);

    @Test
    void inlineMarkersOfDeploytrackGitleaksAndDetectSecrets() {
        String token = "glpat-" + fake.urlsafe(20);
        String text = "a: " + token + " # deploytrack:allow\n"
                + "b: " + token + " # gitleaks:allow\n"
                + "c: " + token + " # pragma: allowlist secret\n"
                + "# pragma: allowlist nextline secret\n"
                + "d: " + token + "\n"
                + "# deploytrack:allow-next-line\r\n"
                + "e: " + token + "\n"
                + "f: " + token + "\n";
        List<SecretMatch> matches = Scans.scan("notes.yaml", text);
        assertEquals(1, matches.size(), Scans.describe(matches));
        assertEquals(8, matches.get(0).line());
    }

    @Test
    void allowPatternsExcludesAndCustomRules(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("test/fixtures"));
        Files.writeString(root.resolve("test/fixtures/keys.env"), "TOKEN=glpat-" + fake.urlsafe(20) + "\n");
        String known = "glpat-" + "KNOWNTEST" + fake.urlsafe(11);
        String internal = "acme_" + fake.hex(32);
        Files.writeString(root.resolve("app.env"), "A=" + known + "\nB=glpat-" + fake.urlsafe(20) + "\nC="
                + internal + "\nD=acme_" + "0".repeat(32) + "\n");
        CustomRule acme = new CustomRule("acme-token", "ACME internal token", Pattern.compile(
                "acme_(?<secret>[a-f0-9]{32})"), List.of("acme_"), 3.0, dev.deploytrack.report.Severity.ERROR);
        SecretSettings settings = new SecretSettings(true, SecretSettings.DEFAULT_BASELINE,
                SecretSettings.DEFAULT_MAX_FILE_SIZE, 3.0, List.of(Glob.of("test/fixtures/**")),
                List.of(Pattern.compile("KNOWNTEST")), List.of(acme));
        SecretScanResult result = new SecretScanner(settings, SecretHasher.defaults())
                .scan(DirectoryWorkspace.scan(root, List.of(), 8), 2);
        assertEquals(List.of("app.env:2 gitlab-pat", "app.env:3 acme-token"), result.matches().stream()
                .map(m -> m.path() + ":" + m.line() + " " + m.ruleId()).toList());
        assertTrue(result.matches().get(1).message().startsWith("ACME internal token \""));
    }
}
