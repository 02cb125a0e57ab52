package dev.deploytrack.secrets;

/**
 * The only form in which a secret ever leaves the scanner: a few leading characters and the length. For tokens
 * with a provider prefix, the prefix (which is public) and two more characters are shown, enough to find the key
 * in a provider's console; for anything else at most two characters, fewer for short values. Never more than
 * {@value #MAX_VISIBLE} characters in all, so no output holds a 12-character piece of a secret, even of a format
 * whose public prefix is long ({@code sk-ant-api03-}).
 */
final class Redaction {

    static final int MAX_VISIBLE = 11;

    private Redaction() {
    }

    /**
     * @param knownPrefix length of the public, fixed prefix of the secret's format (e.g. 4 for {@code ghp_}), or 0
     */
    static String redact(String secret, int knownPrefix) {
        int visible = knownPrefix > 0
                ? Math.min(knownPrefix + 2, secret.length() / 2)
                : Math.min(2, secret.length() / 6);
        return secret.substring(0, Math.max(0, Math.min(visible, MAX_VISIBLE))) + "…";
    }

    /** E.g. {@code "ghp_ab…" (40 characters)}. */
    static String describe(String secret, int knownPrefix) {
        return "\"" + redact(secret, knownPrefix) + "\" (" + secret.length() + " characters)";
    }
}
