package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The keywords redaction looks up first are exactly the ones the default detectors start from. */
class SecretKeywordsTest {

    @Test
    void theListIsTheDetectorsOwn() {
        TreeSet<String> detectors = new TreeSet<>();
        for (Detector detector : SecretScanner.Engine.of(SecretSettings.defaults()).detectors()) {
            detectors.addAll(detector.keywords());
        }
        assertEquals(detectors, new TreeSet<>(SecretKeywords.ALL),
                "SecretKeywords.ALL must list every default detector's keywords (regenerate it from the detectors)");
    }

    @Test
    void aLineWithoutAKeywordNeedsNoScanner() {
        assertFalse(SecretKeywords.mayHoldSecret("deploytrack 0.1.0-SNAPSHOT"));
        assertFalse(SecretKeywords.mayHoldSecret("deployments/registry.json: recorded api in development"));
        assertTrue(SecretKeywords.mayHoldSecret("GITHUB_TOKEN=abc"));
        assertTrue(SecretKeywords.mayHoldSecret("uses GHP_ in upper case"));
    }

    @Test
    void longTextsAreRedactedWholeNotCut() {
        String secret = new FakeSecrets(9).checksummed("ghp_");
        String text = "x".repeat(200_000) + " " + secret + " " + "y".repeat(100_000);
        String redacted = SecretRedaction.redact(text);
        assertFalse(redacted.contains(secret.substring(6)), "redacted");
        assertTrue(redacted.endsWith("y".repeat(100_000)), "nothing cut");
        assertEquals(text.length() - secret.length() + secret.substring(0, 6).length() + 1, redacted.length());
    }
}
