package dev.deploytrack.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * Redacts secrets in a message that quotes input: an unknown key, an invalid value, a hint that shows how to fix a
 * line. Uses the scanner's own detectors, and the form its findings use ({@code "ghp_ab…"}), so a message never
 * shows more of a secret than the finding that reports it. Findings and configuration problems pass their text
 * through here when they are made; the front doors pass every diagnostic they print through here too.
 */
public final class SecretRedaction {

    private SecretRedaction() {
    }

    /** {@code text} with every secret the scanner finds in it replaced by its redacted form; {@code null} stays. */
    public static String redact(String text) {
        // Without a keyword no detector can find anything: most printed lines never build the scanner. The text is
        // never cut (a line of an exported registry may be long, and must stay whole); detection is linear in it.
        if (text == null || text.length() < 8 || !SecretKeywords.mayHoldSecret(text)) {
            return text;
        }
        List<Candidate> found = SecretScanner.Engine.of(SecretSettings.defaults()).candidates(text, "message", 0);
        if (found.isEmpty()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        for (Candidate candidate : found) {
            String secret = candidate.secret();
            int at = secret.isEmpty() ? -1 : text.indexOf(secret, candidate.start());
            boolean literal = at >= 0 && at < candidate.end();
            // A secret found decoded (base64, JSON escapes) is not in the text as such: its whole span goes.
            spans.add(literal ? new int[] {at, at + secret.length()} : new int[] {candidate.start(), candidate.end()});
            replacements.add(literal ? Redaction.redact(secret, candidate.knownPrefix()) : "…");
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) { // candidates come in text order and do not overlap
            out.replace(spans.get(i)[0], spans.get(i)[1], replacements.get(i));
        }
        String redacted = out.toString();
        // The same secret quoted twice is one candidate where overlap resolution dropped the other.
        for (Candidate candidate : found) {
            if (candidate.secret().length() >= 8) {
                redacted = redacted.replace(candidate.secret(), Redaction.redact(candidate.secret(),
                        candidate.knownPrefix()));
            }
        }
        return redacted;
    }
}
