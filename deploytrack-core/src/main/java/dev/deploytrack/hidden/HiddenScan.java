package dev.deploytrack.hidden;

import dev.deploytrack.source.LineIndex;
import dev.deploytrack.source.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds runs of one class of hidden code points in a text, with their line and column. One pass over the text:
 * positions come from the text's {@link LineIndex} (a binary search), never from rescanning the line, so a 10 MB
 * single line holding a hidden character every few bytes costs what reading it costs. A run holds its bounds, not its
 * code points, so a long run costs no memory.
 */
final class HiddenScan {

    /** Which code points a scan looks for. */
    interface Kind {
        boolean matches(String text, int offset, int codePoint);
    }

    /**
     * A run of matching code points on one line.
     *
     * @param start the offset of its first code point
     * @param end   the offset after its last code point
     * @param count how many code points it holds
     */
    record Run(int line, int column, int start, int end, int count) {
    }

    /** Distinct code points named in one finding; a run mixing more is described by the first ones and "...". */
    private static final int MAX_DESCRIBED = 8;

    private HiddenScan() {
    }

    /** Calls {@code action} with each run of {@code kind} in {@code source}, in order. */
    static void forEachRun(SourceText source, Kind kind, Consumer<Run> action) {
        String text = source.text();
        LineIndex lines = source.lines();
        int start = -1;
        int count = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // Every hidden code point is outside ASCII, and a line break never matches: a run stays on one line.
            boolean matches = cp > 0x7E && kind.matches(text, i, cp);
            if (start >= 0 && !matches) {
                action.accept(new Run(line, lines.column(start), start, i, count));
                start = -1;
            }
            if (matches) {
                if (start < 0) {
                    start = i;
                    count = 0;
                    line = lines.line(i);
                }
                count++;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            action.accept(new Run(line, lines.column(start), start, text.length(), count));
        }
    }

    /** Every run (tests and small texts; rules use {@link #forEachRun} with a {@link Cap}). */
    static List<Run> runs(SourceText source, Kind kind) {
        List<Run> runs = new ArrayList<>();
        forEachRun(source, kind, runs::add);
        return runs;
    }

    /** The distinct code points of a run, described. */
    static String describe(String text, Run run) {
        Set<Integer> distinct = new LinkedHashSet<>();
        boolean more = false;
        for (int i = run.start(); i < run.end(); ) {
            int cp = text.codePointAt(i);
            if (distinct.size() < MAX_DESCRIBED) {
                distinct.add(cp);
            } else if (!distinct.contains(cp)) {
                more = true;
                break;
            }
            i += Character.charCount(cp);
        }
        List<String> names = new ArrayList<>();
        for (int cp : distinct) {
            names.add(CodePoints.describe(cp));
        }
        return String.join(", ", names) + (more ? ", ..." : "");
    }
}
