package dev.deploytrack.secrets;

import java.util.List;

/**
 * Inline suppression: a marker on the secret's line says a person looked at it and it is not a secret. deploytrack's
 * own marker, gitleaks' and detect-secrets' are honoured, so a repository moving to deploytrack keeps its markers.
 */
final class InlineAllow {

    static final List<String> SAME_LINE = List.of("deploytrack:allow", "gitleaks:allow", "pragma: allowlist secret");
    static final List<String> NEXT_LINE = List.of("deploytrack:allow-next-line", "pragma: allowlist nextline secret");

    private InlineAllow() {
    }

    /** Whether the line holding {@code offset}, or a next-line marker on the line before, suppresses it. */
    static boolean isAllowed(TextScan scan, int offset) {
        int start = scan.lineStart(offset, Integer.MAX_VALUE);
        int end = scan.lineEnd(offset, Integer.MAX_VALUE - offset);
        String line = scan.substring(start, end);
        for (String marker : SAME_LINE) {
            if (line.contains(marker) && !line.contains(marker + "-next-line")) {
                return true;
            }
        }
        if (start == 0) {
            return false;
        }
        int previousEnd = start - 1;
        if (previousEnd > 0 && scan.charAt(previousEnd) == '\n' && scan.charAt(previousEnd - 1) == '\r') {
            previousEnd--;
        }
        int previousStart = scan.lineStart(previousEnd, Integer.MAX_VALUE);
        String previous = scan.substring(previousStart, previousEnd);
        for (String marker : NEXT_LINE) {
            if (previous.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
