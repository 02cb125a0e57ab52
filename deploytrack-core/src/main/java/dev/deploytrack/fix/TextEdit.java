package dev.deploytrack.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One replacement in a file's decoded text (after any byte-order mark): the characters {@code [start, end)} become
 * {@code replacement}. Offsets come from the parser that read the file (snakeyaml-engine's marks, Jackson's token
 * locations), never from a search over the whole text, so an edit touches only the value it names.
 */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
        replacement = replacement == null ? "" : replacement;
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, offset, text);
    }

    public static TextEdit delete(int start, int end) {
        return new TextEdit(start, end, "");
    }

    /** Whether the two edits touch the same characters (or insert at the same place), so that one must wait. */
    public boolean overlaps(TextEdit other) {
        if (start == end || other.start == other.end) {
            return start == other.start || (start > other.start && start < other.end)
                    || (other.start > start && other.start < end);
        }
        return start < other.end && other.start < end;
    }

    /** {@code text} with non-overlapping {@code edits} applied; everything outside them is kept as it is. */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        for (TextEdit edit : sorted) {
            if (edit.start < at || edit.end > text.length()) {
                throw new IllegalArgumentException("edits overlap or leave the text: " + sorted);
            }
            out.append(text, at, edit.start).append(edit.replacement);
            at = edit.end;
        }
        return out.append(text, at, text.length()).toString();
    }
}
