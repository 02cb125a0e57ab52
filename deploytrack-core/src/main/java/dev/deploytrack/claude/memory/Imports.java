package dev.deploytrack.claude.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @path} imports of a CLAUDE.md: "CLAUDE.md files can import additional files using @path/to/import
 * syntax ... Relative paths resolve relative to the file containing the import"; "Import parsing skips Markdown code
 * spans and fenced code blocks" (memory). HTML comments are stripped before loading, so imports in them are skipped
 * too. Only tokens that look like a path (holding '/' or '.') are taken, so an @-mention of a person is not an import.
 */
public final class Imports {

    /** One import: the path as written, and where. */
    public record Import(String path, int line, int column) {
    }

    private Imports() {
    }

    public static List<Import> of(String text) {
        List<Import> imports = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        String fence = null;
        boolean comment = false;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            String stripped = line.strip();
            if (!comment && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                String marker = stripped.substring(0, 3);
                if (!fenced) {
                    fenced = true;
                    fence = marker;
                } else if (marker.equals(fence)) {
                    fenced = false;
                }
                continue;
            }
            if (fenced) {
                continue;
            }
            boolean code = false;
            for (int i = 0; i < line.length(); i++) {
                if (comment) {
                    int end = line.indexOf("-->", i);
                    if (end < 0) {
                        break;
                    }
                    comment = false;
                    i = end + 2;
                    continue;
                }
                char c = line.charAt(i);
                if (line.startsWith("<!--", i)) {
                    comment = true;
                    i += 3;
                } else if (c == '`') {
                    code = !code;
                } else if (c == '@' && !code && (i == 0 || Character.isWhitespace(line.charAt(i - 1))
                        || line.charAt(i - 1) == '(')) {
                    int end = i + 1;
                    while (end < line.length() && !Character.isWhitespace(line.charAt(end))
                            && line.charAt(end) != '`' && line.charAt(end) != ')') {
                        end++;
                    }
                    String path = trimPunctuation(line.substring(i + 1, end));
                    if (looksLikePath(path)) {
                        imports.add(new Import(path, index + 1, i + 1));
                    }
                    i = end - 1;
                }
            }
        }
        return imports;
    }

    /** A file path rather than a mention or a version: it holds '/' or '.', and starts like a path. */
    private static boolean looksLikePath(String token) {
        if (token.isEmpty() || (!token.contains("/") && !token.contains("."))) {
            return false;
        }
        char first = token.charAt(0);
        return Character.isLetter(first) || first == '.' || first == '_' || first == '~' || first == '/'
                || (Character.isDigit(first) && token.contains("/"));
    }

    private static String trimPunctuation(String token) {
        String path = token;
        while (!path.isEmpty() && ".,;:!?'\"]>".indexOf(path.charAt(path.length() - 1)) >= 0) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** The import resolved against the importing file's directory; null for ~ and absolute paths. */
    static String resolve(String importingFile, String path) {
        if (path.startsWith("~") || path.startsWith("/")) {
            return null;
        }
        int slash = importingFile.lastIndexOf('/');
        List<String> parts = new ArrayList<>();
        if (slash > 0) {
            parts.addAll(List.of(importingFile.substring(0, slash).split("/")));
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null; // outside the repository
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
