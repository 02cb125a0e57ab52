package dev.deploytrack.secrets;

import java.util.List;

/**
 * PEM, OpenSSH and PGP private keys: a {@code -----BEGIN ... PRIVATE KEY-----} header followed by a real body. The
 * body is read token by token, across real line breaks, escaped ones ({@code \n} inside JSON strings, as in Google
 * service account files) and spaces (keys squeezed into one environment variable), until the END line. Headers with
 * an empty, elided ({@code ...}) or placeholder body, as in documentation, are not secrets; public keys and
 * certificates never match.
 */
final class PrivateKeyDetector extends Detector {

    private static final int MAX_KEY = 64 * 1024;
    private static final int MIN_BODY = 64;
    /** Without an END line, only a long body counts (a key cut off at the end of a snippet). */
    private static final int MIN_BODY_WITHOUT_END = 256;

    @Override
    List<String> keywords() {
        return List.of("-----begin ");
    }

    @Override
    List<SecretRule> rules() {
        return List.of(ContextRules.PRIVATE_KEY, ContextRules.OPENSSH_PRIVATE_KEY, ContextRules.PGP_PRIVATE_KEY,
                ContextRules.GCP_SERVICE_ACCOUNT);
    }

    @Override
    void detect(TextScan scan, int start, int keywordLength) {
        int n = scan.length();
        int labelStart = start + keywordLength;
        int labelEnd = labelStart;
        while (labelEnd < n && labelEnd - labelStart < 60 && scan.charAt(labelEnd) != '-'
                && scan.charAt(labelEnd) != '\n') {
            labelEnd++;
        }
        if (labelEnd + 5 > n || !scan.substring(labelEnd, labelEnd + 5).equals("-----")) {
            return;
        }
        String label = scan.substring(labelStart, labelEnd);
        if (!label.contains("PRIVATE KEY")) {
            return;
        }
        StringBuilder body = new StringBuilder();
        int i = labelEnd + 5;
        int end = -1;
        boolean skipLine = false;
        int limit = Math.min(n, i + MAX_KEY);
        while (i < limit) {
            char c = scan.charAt(i);
            if (c == '\n' || c == '\r') {
                skipLine = false;
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n && (scan.charAt(i + 1) == 'n' || scan.charAt(i + 1) == 'r')) {
                skipLine = false;
                i += 2;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ',' || c == '+' || c == '\\' || c == '|') {
                i++;
                continue;
            }
            if (c == '-' && i + 8 <= n && scan.substring(i, i + 8).equals("-----END")) {
                end = i;
                break;
            }
            int tokenEnd = i;
            boolean base64 = true;
            while (tokenEnd < limit) {
                char d = scan.charAt(tokenEnd);
                if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '"' || d == '\'' || d == ','
                        || (d == '\\' && tokenEnd + 1 < n && "nr\"".indexOf(scan.charAt(tokenEnd + 1)) >= 0)) {
                    break;
                }
                base64 &= Character.isLetterOrDigit(d) || d == '/' || d == '+' || d == '=';
                tokenEnd++;
            }
            String token = scan.substring(i, tokenEnd);
            if (skipLine) {
                i = tokenEnd;
                continue;
            }
            if (token.endsWith(":") && body.length() == 0) {
                skipLine = true; // Proc-Type:, DEK-Info:, Version:, Comment:
            } else if (base64) {
                body.append(token);
            } else {
                break; // prose, "...", "<your key here>": not a key body
            }
            i = tokenEnd;
        }
        String secret = body.toString();
        if (secret.length() < (end >= 0 ? MIN_BODY : MIN_BODY_WITHOUT_END) || LookAlikes.isPlaceholderBody(secret)
                || Entropy.shannon(secret) < 4.0 || scan.allowed(secret)) {
            return;
        }
        int reportEnd = end >= 0 ? Math.min(n, end + 8) : i;
        scan.add(new Candidate(rule(scan, label, start), start, reportEnd, secret, 0, Candidate.STRUCTURE, null));
    }

    private static SecretRule rule(TextScan scan, String label, int start) {
        if (label.startsWith("OPENSSH")) {
            return ContextRules.OPENSSH_PRIVATE_KEY;
        }
        if (label.startsWith("PGP")) {
            return ContextRules.PGP_PRIVATE_KEY;
        }
        int lineStart = scan.lineStart(start, 200);
        String before = scan.substring(lineStart, start);
        if (before.contains("private_key") && scan.text.toString().contains("service_account")) {
            return ContextRules.GCP_SERVICE_ACCOUNT;
        }
        return ContextRules.PRIVATE_KEY;
    }
}
