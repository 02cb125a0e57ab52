package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Kubernetes {@code Secret} manifests keep their values base64-encoded under {@code data:}, which hides them from
 * every pattern. For each entry, the value is decoded and the decoded text scanned (with its key, so that
 * {@code password: <base64>} is judged as a password); whatever is found is reported at the base64 value. A decoded
 * {@code .dockerconfigjson} is scanned in turn, so its {@code auth} entries are decoded as well.
 */
final class KubernetesSecretDetector extends Detector {

    /** How deep decoded content is scanned again (a Secret holding a docker config holding an auth). */
    static final int MAX_DEPTH = 2;
    private static final int MAX_DOCUMENT = 256 * 1024;

    @Override
    List<String> keywords() {
        return List.of("kind: secret", "\"kind\": \"secret\"", "\"kind\":\"secret\"");
    }

    @Override
    List<SecretRule> rules() {
        return List.of();
    }

    @Override
    void detect(TextScan scan, int start, int keywordLength) {
        if (scan.depth >= MAX_DEPTH || scan.covered(index, start)) {
            return;
        }
        int end = start + keywordLength;
        if (end < scan.length() && Character.isLetterOrDigit(scan.charAt(end))) {
            return; // kind: SecretStore, SecretProviderClass...
        }
        int documentStart = documentBoundary(scan, start, -1);
        int documentEnd = documentBoundary(scan, start, 1);
        scan.cover(index, documentEnd);
        int line = documentStart;
        while (line < documentEnd) {
            int lineEnd = scan.lineEnd(line, documentEnd - line);
            String content = scan.substring(line, lineEnd);
            String trimmed = content.stripLeading();
            if (trimmed.startsWith("data:") || trimmed.startsWith("\"data\":")) {
                int indent = content.length() - trimmed.length();
                line = entries(scan, scan.nextLineStart(line), documentEnd, indent);
            } else {
                line = scan.nextLineStart(line);
            }
            if (line == lineEnd) {
                break;
            }
        }
    }

    /** Offset of the enclosing YAML document's start ({@code direction} -1) or end (+1). */
    private static int documentBoundary(TextScan scan, int from, int direction) {
        int limit = direction < 0 ? Math.max(0, from - MAX_DOCUMENT) : Math.min(scan.length(), from + MAX_DOCUMENT);
        int i = from;
        while (direction < 0 ? i > limit : i < limit) {
            if (scan.charAt(i) == '\n' && i + 4 <= scan.length() && scan.substring(i + 1, Math.min(scan.length(),
                    i + 4)).equals("---")) {
                return direction < 0 ? i + 1 : i;
            }
            i += direction;
        }
        return limit;
    }

    /** Reads the entries under a {@code data:} line indented by {@code indent}; returns where they end. */
    private static int entries(TextScan scan, int from, int documentEnd, int indent) {
        int line = from;
        while (line < documentEnd) {
            int lineEnd = scan.lineEnd(line, documentEnd - line);
            String content = scan.substring(line, lineEnd);
            String trimmed = content.strip();
            int lineIndent = content.length() - content.stripLeading().length();
            if (!trimmed.isEmpty() && (lineIndent <= indent || trimmed.startsWith("}"))) {
                return line;
            }
            int colon = trimmed.indexOf(':');
            if (colon > 0) {
                String key = unquote(trimmed.substring(0, colon).strip());
                String raw = trimmed.substring(colon + 1).strip();
                if (raw.endsWith(",")) {
                    raw = raw.substring(0, raw.length() - 1).strip();
                }
                String value = unquote(raw);
                int valueStart = line + content.indexOf(value, content.indexOf(':') + 1);
                decodeAndScan(scan, key, value, valueStart);
            }
            int next = scan.nextLineStart(line);
            if (next == line) {
                break;
            }
            line = next;
        }
        return documentEnd;
    }

    private static void decodeAndScan(TextScan scan, String key, String value, int valueStart) {
        if (value.length() < 8 || valueStart < 0) {
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (decoded.isBlank() || decoded.indexOf('\uFFFD') >= 0 || decoded.indexOf('\0') >= 0) {
            return;
        }
        scan.decoded(valueStart, valueStart + value.length());
        String synthetic = decoded.contains("\n") ? decoded : key + ": \"" + decoded + "\"\n";
        List<Candidate> inner = scan.engine.candidates(synthetic, scan.path, scan.depth + 1);
        for (Candidate candidate : inner) {
            scan.add(candidate.relocated(valueStart, valueStart + value.length(),
                    "base64-decoded Kubernetes Secret data"));
        }
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
