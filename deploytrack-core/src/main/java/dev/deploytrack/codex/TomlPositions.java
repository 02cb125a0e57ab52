package dev.deploytrack.codex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a TOML document is written, for messages: the parser (jackson-dataformat-toml) keeps no positions.
 * This reads lines only to locate keys, never their values: table headers ({@code [a."b c"]}, {@code [[a]]}), keys
 * ({@code a.b = ...}), and the keys of single-line inline tables; multi-line strings and arrays are skipped. A key it
 * cannot place gets the position of its table.
 */
final class TomlPositions {

    private final Map<String, int[]> positions = new HashMap<>();
    /** The first key or table written a second time (outside arrays of tables, where repeats are the point). */
    private int[] firstRepeat;
    private boolean inArrayTable;

    private TomlPositions() {
    }

    static TomlPositions of(String text) {
        TomlPositions found = new TomlPositions();
        String[] lines = text.split("\r?\n", -1);
        List<String> table = new ArrayList<>();
        String openString = null;
        int arrayDepth = 0;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            int lineNumber = index + 1;
            if (openString != null) {
                if (line.contains(openString)) {
                    openString = null;
                }
                continue;
            }
            if (arrayDepth > 0) {
                arrayDepth += depthChange(line, 0);
                continue;
            }
            int start = 0;
            while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            if (start == line.length() || line.charAt(start) == '#') {
                continue;
            }
            if (line.charAt(start) == '[') {
                found.inArrayTable = line.startsWith("[[", start);
                int keyStart = found.inArrayTable ? start + 2 : start + 1;
                List<String> keys = new ArrayList<>();
                keys(line, keyStart, keys);
                table = keys;
                found.put(table, lineNumber, keyStart + 1);
                continue;
            }
            List<String> keys = new ArrayList<>(table);
            int keyEnd = keys(line, start, keys);
            found.put(keys, lineNumber, start + 1);
            int equals = line.indexOf('=', keyEnd);
            if (equals < 0) {
                continue;
            }
            int value = equals + 1;
            while (value < line.length() && Character.isWhitespace(line.charAt(value))) {
                value++;
            }
            if (line.startsWith("\"\"\"", value) || line.startsWith("'''", value)) {
                String delimiter = line.substring(value, value + 3);
                if (line.indexOf(delimiter, value + 3) < 0) {
                    openString = delimiter;
                }
            } else if (value < line.length() && line.charAt(value) == '{') {
                found.inlineTable(line, value, keys, lineNumber);
            } else if (value < line.length() && line.charAt(value) == '[') {
                arrayDepth = depthChange(line, value);
            }
        }
        return found;
    }

    /** The position of {@code path}'s key, or {@code fallback}. */
    int[] of(List<String> path, int[] fallback) {
        int[] position = positions.get(String.join("\u0000", path));
        return position == null ? fallback : position;
    }

    /**
     * Where a key or table is written the second time, or null: the parser reports a duplicate where it stopped
     * reading (after the value), so the message points at the key instead.
     */
    int[] firstRepeat() {
        return firstRepeat;
    }

    private void put(List<String> path, int line, int column) {
        int[] position = new int[] {line, column};
        if (positions.putIfAbsent(String.join("\u0000", path), position) != null && firstRepeat == null
                && !inArrayTable) {
            firstRepeat = position;
        }
    }

    /** Records the keys of an inline table starting at {@code open} ('{'), nested ones included. */
    private int inlineTable(String line, int open, List<String> path, int lineNumber) {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            List<String> keys = new ArrayList<>(path);
            int keyStart = i;
            i = keys(line, i, keys);
            put(keys, lineNumber, keyStart + 1);
            int equals = line.indexOf('=', i);
            if (equals < 0) {
                return line.length();
            }
            i = equals + 1;
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '{') {
                i = inlineTable(line, i, keys, lineNumber);
            } else {
                i = skipValue(line, i);
            }
        }
        return i;
    }

    /** Skips one value (a string, an array, a bare word) and returns the index after it. */
    private static int skipValue(String line, int i) {
        int depth = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(line, i);
                continue;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** Reads a dotted key at {@code i} into {@code keys}; returns the index after it. */
    private static int keys(String line, int i, List<String> keys) {
        while (i < line.length()) {
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= line.length()) {
                break;
            }
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(line, i);
                keys.add(unescape(line.substring(i + 1, Math.max(i + 1, end - 1)), c));
                i = end;
            } else {
                int start = i;
                while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                        || line.charAt(i) == '-')) {
                    i++;
                }
                if (i == start) {
                    break;
                }
                keys.add(line.substring(start, i));
            }
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '.') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static String unescape(String key, char quote) {
        return quote == '"' ? key.replace("\\\"", "\"").replace("\\\\", "\\") : key;
    }

    /** The index after the string starting at {@code i}. */
    private static int stringEnd(String line, int i) {
        char quote = line.charAt(i);
        for (int j = i + 1; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\\' && quote == '"') {
                j++;
            } else if (c == quote) {
                return j + 1;
            }
        }
        return line.length();
    }

    /** How the bracket depth changes over the line from {@code from}, outside strings and comments. */
    private static int depthChange(String line, int from) {
        int depth = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(line, i) - 1;
            } else if (c == '#') {
                break;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth;
    }
}
