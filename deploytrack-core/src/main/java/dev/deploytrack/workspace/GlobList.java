package dev.deploytrack.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated list of globs, as Cursor's {@code globs} and Copilot's {@code applyTo} take them ("Separate
 * multiple patterns with commas"): split at the commas outside braces and brackets (agnix CUR-004: "Split on commas
 * at brace/bracket depth 0"), so that {@code src/**}{@code /*.{ts,tsx}} stays one pattern. Matching is {@link Glob}'s,
 * which also tries a pattern without a slash against file names at any depth: only a pattern that can match no file
 * at all is reported as matching nothing.
 */
public final class GlobList {

    /** One pattern of the list and where it starts in the value. */
    public record Pattern(String text, int offset) {
    }

    private GlobList() {
    }

    /** The patterns of {@code value}, trimmed, empty ones left out. */
    public static List<Pattern> split(String value) {
        List<Pattern> patterns = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && (depth == 0 || i == value.length())) {
                String piece = value.substring(start, Math.min(i, value.length()));
                String trimmed = piece.strip();
                if (!trimmed.isEmpty()) {
                    patterns.add(new Pattern(trimmed, start + piece.indexOf(trimmed)));
                }
                start = i + 1;
            }
        }
        return patterns;
    }

    /** Why {@code pattern} is not a glob (a '[' or '{' that does not close), or null when it is one. */
    public static String problem(String pattern) {
        int braces = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 2);
                if (close < 0) {
                    return "its '[' does not close";
                }
                i = close;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                if (braces == 0) {
                    return "its '}' closes no '{'";
                }
                braces--;
            }
        }
        return braces > 0 ? "its '{' does not close" : null;
    }

    /**
     * Whether any of {@code patterns} matches a file of {@code files} below {@code base} (a directory relative to
     * the repository root, {@code ""} for the root), the patterns being relative to {@code base}. Patterns that are
     * not globs ({@link #problem}) match nothing.
     */
    public static boolean matchesAny(List<String> patterns, List<String> files, String base) {
        List<Glob> globs = new ArrayList<>();
        for (String pattern : patterns) {
            if (problem(pattern) == null) {
                try {
                    globs.add(Glob.of(pattern.startsWith("./") ? pattern.substring(2) : pattern));
                } catch (IllegalArgumentException e) { // PatternSyntaxException included
                    // not a pattern any file can match
                }
            }
        }
        String prefix = base.isEmpty() ? "" : base + "/";
        for (String file : files) {
            if (file.startsWith(prefix) && Glob.anyMatches(globs, file.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }
}
