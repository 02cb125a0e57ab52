package dev.deploytrack.secrets;

import dev.deploytrack.source.LineIndex;
import java.util.List;

/**
 * Inline suppression: a marker on the secret's line says a person looked at it and it is not a secret. deploytrack's
 * own marker, gitleaks' and detect-secrets' are honoured, so a repository moving to deploytrack keeps its markers.
 *
 * <p>Lines are found through the text's {@link LineIndex} and searched in place, once per line however many
 * candidates it holds: a minified file or a 9 MB single-line document costs one pass, not one per candidate.
 */
final class InlineAllow {

    static final List<String> SAME_LINE = List.of("deploytrack:allow", "gitleaks:allow", "pragma: allowlist secret");
    static final List<String> NEXT_LINE = List.of("deploytrack:allow-next-line", "pragma: allowlist nextline secret");

    private final CharSequence text;
    private final LineIndex lines;
    private int cachedLine = -1;
    private boolean cachedAllowed;

    InlineAllow(CharSequence text, LineIndex lines) {
        this.text = text;
        this.lines = lines;
    }

    /** Whether the line holding {@code offset}, or a next-line marker on the line before, suppresses it. */
    boolean isAllowed(int offset) {
        int line = lines.line(offset);
        if (line != cachedLine) {
            cachedLine = line;
            cachedAllowed = sameLine(line) || (line > 1 && nextLine(line - 1));
        }
        return cachedAllowed;
    }

    private boolean sameLine(int line) {
        int start = lines.lineStart(line);
        int end = lineEnd(line);
        for (String marker : SAME_LINE) {
            int at = indexOf(marker, start, end);
            while (at >= 0) {
                if (!regionMatches(at + marker.length(), end, "-next-line")) {
                    return true;
                }
                at = indexOf(marker, at + 1, end);
            }
        }
        return false;
    }

    private boolean nextLine(int line) {
        int start = lines.lineStart(line);
        int end = lineEnd(line);
        for (String marker : NEXT_LINE) {
            if (indexOf(marker, start, end) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** End of 1-based {@code line}, before its line break. */
    private int lineEnd(int line) {
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        while (end > lines.lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private int indexOf(String marker, int from, int end) {
        char first = marker.charAt(0);
        for (int i = from; i + marker.length() <= end; i++) {
            if (text.charAt(i) == first && regionMatches(i, end, marker)) {
                return i;
            }
        }
        return -1;
    }

    private boolean regionMatches(int at, int end, String marker) {
        if (at + marker.length() > end) {
            return false;
        }
        for (int j = 0; j < marker.length(); j++) {
            if (text.charAt(at + j) != marker.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
