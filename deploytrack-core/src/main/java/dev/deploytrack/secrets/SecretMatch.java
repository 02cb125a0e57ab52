package dev.deploytrack.secrets;

/**
 * A secret found and not suppressed inline. Holds no plaintext: only where it is, a redacted form (a short prefix
 * and the length), and the salted hash that identifies it in baselines and SARIF fingerprints.
 *
 * @param line     1-based line of the secret's first character
 * @param column   1-based column (UTF-16 code units) of the secret's first character
 * @param redacted e.g. {@code "ghp_ab…" (40 characters)}
 * @param hash     salted hash of the secret ({@link SecretHasher})
 * @param context  where it was found when not literally in the text (e.g. base64-decoded data), or {@code null}
 */
public record SecretMatch(SecretRule rule, String path, int line, int column, String redacted, String hash,
                          String context) {

    /** The finding message: what was found, redacted, and where when it was encoded. */
    public String message() {
        return rule.label() + " " + redacted + (context == null ? "" : " in " + context);
    }

    public String ruleId() {
        return rule.id();
    }
}
