package dev.deploytrack.hidden;

import java.util.ArrayList;
import java.util.List;

/** Finds runs of one class of hidden code points in a text, with their line and column. */
final class HiddenScan {

    /** Which code points a scan looks for. */
    interface Kind {
        boolean matches(String text, int offset, int codePoint);
    }

    /** A run of matching code points on one line. */
    record Run(int line, int column, int start, List<Integer> codePoints) {
    }

    private HiddenScan() {
    }

    static List<Run> runs(String text, Kind kind) {
        List<Run> runs = new ArrayList<>();
        int line = 1;
        List<Integer> current = null;
        int currentStart = 0;
        int currentLine = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (kind.matches(text, i, cp)) {
                if (current == null || currentLine != line) {
                    if (current != null) {
                        runs.add(new Run(currentLine, column(text, lineStartOf(text, currentStart), currentStart),
                                currentStart, current));
                    }
                    current = new ArrayList<>();
                    currentStart = i;
                    currentLine = line;
                }
                current.add(cp);
            } else if (current != null) {
                runs.add(new Run(currentLine, column(text, lineStartOf(text, currentStart), currentStart),
                        currentStart, current));
                current = null;
            }
            if (cp == '\n') {
                line++;
            }
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(currentLine, column(text, lineStartOf(text, currentStart), currentStart), currentStart,
                    current));
        }
        return runs;
    }

    private static int lineStartOf(String text, int offset) {
        int newline = text.lastIndexOf('\n', offset - 1);
        return newline + 1;
    }

    private static int column(String text, int lineStart, int offset) {
        return offset - lineStart + 1;
    }

    /** The distinct code points of a run, described. */
    static String describe(List<Integer> codePoints) {
        List<String> names = new ArrayList<>();
        for (int cp : codePoints) {
            String name = CodePoints.describe(cp);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }
}
