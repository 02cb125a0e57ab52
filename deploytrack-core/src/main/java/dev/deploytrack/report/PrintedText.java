package dev.deploytrack.report;

import dev.deploytrack.secrets.SecretRedaction;

/**
 * What deploytrack prints to a terminal or a CI log, made safe line by line: secrets redacted, control characters
 * shown as escapes (a file or project name cannot start a new line, move the cursor or reorder text), and a line that
 * a CI runner would take as a command ({@code ::error ...::} in GitHub Actions, the legacy {@code ##[...]}) shown as
 * text instead. The command line prints every line through here; the Maven goals log every message through here.
 */
public final class PrintedText {

    private PrintedText() {
    }

    /** One line (without its line break) as it may be printed. */
    public static String line(String line) {
        String text = escapeControls(SecretRedaction.redact(line));
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        if (text.startsWith("::", start)) {
            text = text.substring(0, start) + "\\" + text.substring(start);
        }
        return text.contains("##[") ? text.replace("##[", "#\\#[") : text;
    }

    /** A text of several lines, each made safe by {@link #line(String)}. */
    public static String lines(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\r\n|\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(line(parts[i]));
        }
        return out.toString();
    }

    /**
     * Control characters (but tab), DEL, C1 controls, line and paragraph separators, and the bidirectional
     * overrides and isolates as {@code \\uXXXX} escapes; everything else as it is.
     */
    public static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }
}
