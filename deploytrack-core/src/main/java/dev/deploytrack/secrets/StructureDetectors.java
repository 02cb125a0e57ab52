package dev.deploytrack.secrets;

import static dev.deploytrack.secrets.PatternDetector.builder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pattern detectors for secrets recognised by structure or surroundings: JWTs, age identities, Authorization
 * headers, curl credentials, and base64-encoded {@code user:password} pairs (Docker {@code auth}, npm {@code _auth},
 * HTTP Basic), which are decoded before they are judged.
 */
final class StructureDetectors {

    private StructureDetectors() {
    }

    static List<Detector> detectors() {
        return List.of(
                builder(ContextRules.JWT, "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2000}+\\.eyJ[A-Za-z0-9_-]{10,8000}+"
                        + "\\.[A-Za-z0-9_-]{16,2000}+(?![A-Za-z0-9_-])", "eyj")
                        .validator(StructureDetectors::isSecretJwt).priority(Candidate.STRUCTURE).build(),
                builder(ContextRules.AGE_SECRET_KEY, "(?<![A-Za-z0-9_-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])",
                        "age-secret-key-1").priority(Candidate.STRUCTURE).build(),
                builder(ContextRules.AUTHORIZATION_HEADER, "(?i:authorization)[\"'\\\\]*\\s*[:=]\\s*[\"'\\\\]*"
                        + "(?i:bearer|token|bot|apikey|api-key|key|sso-key|ssws)\\s+(?<s>[A-Za-z0-9._~+/:=-]{12,2000}+)",
                        "authorization").contextual(12, 3.0).build(),
                builder(ContextRules.AUTHORIZATION_HEADER, "(?<![A-Za-z0-9_])(?i:bearer)\\s+(?<s>[A-Za-z0-9._~+/-]"
                        + "{16,2000}+=*)", "bearer").contextual(16, 3.0).build(),
                builder(ContextRules.AUTHORIZATION_HEADER, "(?<![A-Za-z0-9_])(?i:basic)\\s+(?<s>[A-Za-z0-9+/]{8,500}+"
                        + "={0,2})(?![A-Za-z0-9+/=])", "basic ").contextual(8, 2.5)
                        .validator(StructureDetectors::isSecretBasicCredential).build(),
                builder(ContextRules.CURL_CREDENTIALS, "(?<![A-Za-z0-9_-])(?:-u|--user)(?:\\s+|=)[\"']?"
                        + "[^\\s:\"'$]{1,100}:(?<s>[^\\s\"'@]{1,200}+)", "-u ", "--user").contextual(6, 2.0).inCommand("curl", "wget", "http", "https", "httpie", "xh").build(),
                builder(ContextRules.CURL_CREDENTIALS, "(?:(?:docker|podman|helm|nerdctl) (?:registry )?login|sshpass"
                        + "|mysql(?:dump|admin)?|mariadb)\\s[^\\n]{0,200}?(?:-p(?:\\s+|=)?|--password(?:\\s+|=))[\"']?"
                        + "(?<s>(?!-)[^\\s\"']{6,200}+)", "docker login", "podman login", "helm registry login",
                        "nerdctl login", "sshpass", "mysql", "mariadb").contextual(6, 2.0).build(),
                builder(ContextRules.GENERIC_PASSWORD, "machine\\s+\\S{1,200}\\s+login\\s+\\S{1,200}\\s+password\\s+"
                        + "(?<s>\\S{6,200}+)", "machine ").contextual(6, 2.0).build(),
                builder(ContextRules.DOCKER_AUTH, "\"auth\"\\s*:\\s*\"(?<s>[A-Za-z0-9+/]{8,1000}+={0,2})\"", "\"auth\"")
                        .validator(StructureDetectors::isSecretBasicCredential).priority(Candidate.LOCATED)
                        .decoded("base64-decoded Docker auth").build(),
                builder(ContextRules.DOCKER_AUTH, "(?<![A-Za-z0-9])_auth\\s*=\\s*(?<s>[A-Za-z0-9+/]{8,1000}+={0,2})",
                        "_auth").validator(StructureDetectors::isSecretBasicCredential).priority(Candidate.LOCATED)
                        .decoded("base64-decoded npm _auth").build());
    }

    /** A JWT with a JSON header naming an algorithm; not jwt.io's sample, not a Supabase anon (public) key. */
    static boolean isSecretJwt(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String header = decodeUrl(parts[0]);
        String payload = decodeUrl(parts[1]);
        if (header == null || payload == null || !header.contains("\"alg\"")) {
            return false;
        }
        String compact = payload.replace(" ", "");
        if (compact.contains("\"name\":\"JohnDoe\"") && compact.contains("\"sub\":\"1234567890\"")) {
            return false; // jwt.io's sample token
        }
        return !compact.contains("\"role\":\"anon\"");
    }

    /** base64 of {@code user:password} whose password is a real one. */
    static boolean isSecretBasicCredential(String base64) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || decoded.indexOf('\uFFFD') >= 0 || decoded.chars().anyMatch(c -> c < ' ')) {
            return false;
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return password.length() >= 4 && !password.equals(user) && LookAlikes.contextual(password) == null
                && !LookAlikes.containsSecretWord(password) && !LookAlikes.isWords(password);
    }

    private static String decodeUrl(String part) {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
