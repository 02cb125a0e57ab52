package dev.deploytrack.secrets;

/**
 * A secret found in one text, before inline suppression and overlap resolution. Holds the plain value, so it never
 * leaves the package: {@link SecretScanner} turns it into a {@link SecretMatch} carrying only a redacted form and
 * a salted hash.
 *
 * @param start       offset of the secret (or of the structure reported for it) in the scanned text
 * @param end         offset after it; candidates overlapping a stronger one are dropped
 * @param secret      the value, hashed for the baseline and fingerprint
 * @param knownPrefix length of the public prefix of the format, shown in the redacted form
 * @param priority    how specific the rule is: a provider's own format beats a secret-named key
 * @param context     where it was found when not literally in the text ("base64-decoded Kubernetes Secret data"),
 *                    or {@code null}
 */
record Candidate(SecretRule rule, int start, int end, String secret, int knownPrefix, int priority, String context) {

    /** A provider's own format: prefix, shape, checksum. */
    static final int PROVIDER = 4;
    /** Structures whose shape alone is telling: JWTs, private keys. */
    static final int STRUCTURE = 3;
    /** A secret in a URL, header or command line. */
    static final int LOCATED = 2;
    /** A value assigned to a secret-named key. */
    static final int CONTEXTUAL = 1;

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    Candidate relocated(int newStart, int newEnd, String newContext) {
        return new Candidate(rule, newStart, newEnd, secret, knownPrefix, priority, newContext);
    }
}
