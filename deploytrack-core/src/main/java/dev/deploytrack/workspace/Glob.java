package dev.deploytrack.workspace;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A path pattern with gitignore-like rules, matched against paths relative to the repository root with {@code /}
 * separators:
 * <ul>
 *   <li>a pattern without a {@code /} matches a file name in any directory ({@code AGENTS.md}, {@code *.env});</li>
 *   <li>otherwise it is anchored at the root (a leading {@code /} is allowed);</li>
 *   <li>{@code *} and {@code ?} stay within one path segment, {@code **} spans any number of segments (including
 *       none), {@code [abc]} and {@code {a,b}} work as in shells;</li>
 *   <li>a pattern that matches a directory also matches everything below it ({@code vendor}, {@code docs/**}).</li>
 * </ul>
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    public static Glob of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("empty glob pattern");
        }
        String trimmed = pattern.trim();
        boolean anchored = trimmed.startsWith("/") || trimmed.substring(0, trimmed.length() - 1).contains("/");
        String body = trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
        if (body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        if (!anchored) {
            regex.append("(?:.*/)?");
        }
        translate(body, regex);
        regex.append("(?:/.*)?");
        return new Glob(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    public static List<Glob> all(List<String> patterns) {
        return patterns.stream().map(Glob::of).toList();
    }

    /** Whether any of {@code globs} matches {@code path}. */
    public static boolean anyMatches(List<Glob> globs, String path) {
        for (Glob glob : globs) {
            if (glob.matches(path)) {
                return true;
            }
        }
        return false;
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static void translate(String glob, StringBuilder regex) {
        int n = glob.length();
        int braces = 0;
        for (int i = 0; i < n; i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubleStar = i + 1 < n && glob.charAt(i + 1) == '*';
                    if (doubleStar) {
                        boolean slashFollows = i + 2 < n && glob.charAt(i + 2) == '/';
                        if (slashFollows) {
                            regex.append("(?:.*/)?");
                            i += 2;
                        } else {
                            regex.append(".*");
                            i += 1;
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        regex.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, close);
                        if (set.startsWith("!")) {
                            set = "^" + set.substring(1);
                        }
                        regex.append('[').append(set.replace("\\", "\\\\")).append(']');
                        i = close;
                    }
                }
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        regex.append(')');
                    } else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                default -> {
                    if ("\\.^$+()|".indexOf(c) >= 0) {
                        regex.append('\\');
                    }
                    regex.append(c);
                }
            }
        }
        while (braces-- > 0) {
            regex.append(')');
        }
    }
}
