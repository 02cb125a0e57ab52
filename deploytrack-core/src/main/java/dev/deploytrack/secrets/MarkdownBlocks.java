package dev.deploytrack.secrets;

import java.util.Arrays;

/**
 * The fenced code blocks of a Markdown text ({@code ```lang} or {@code ~~~lang} up to the closing fence), so that a
 * line inside a Python block is judged as Python and a line of prose as prose. Built in one pass over the text, only
 * for Markdown files in which a secret-named key occurred; lookups are a binary search.
 */
final class MarkdownBlocks {

    /** Start and end offsets of each block's content, in text order, and the syntax of each block. */
    private final int[] starts;
    private final int[] ends;
    private final Syntax[] syntaxes;
    private final int count;

    private MarkdownBlocks(int[] starts, int[] ends, Syntax[] syntaxes, int count) {
        this.starts = starts;
        this.ends = ends;
        this.syntaxes = syntaxes;
        this.count = count;
    }

    static MarkdownBlocks of(CharSequence text) {
        int[] starts = new int[8];
        int[] ends = new int[8];
        Syntax[] syntaxes = new Syntax[8];
        int count = 0;
        int n = text.length();
        int line = 0;
        char fence = 0;
        int fenceLength = 0;
        int blockStart = -1;
        Syntax blockSyntax = null;
        while (line < n) {
            int lineEnd = lineEnd(text, line);
            int i = line;
            // Fences are indented in list items and quotes; a code block's content may not start with one.
            while (i < lineEnd && i - line < 40 && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
                    || text.charAt(i) == '>')) {
                i++;
            }
            int run = 0;
            char c = i < lineEnd ? text.charAt(i) : 0;
            if (c == '`' || c == '~') {
                while (i + run < lineEnd && text.charAt(i + run) == c) {
                    run++;
                }
            }
            if (fence == 0 && run >= 3) {
                String info = text.subSequence(i + run, lineEnd).toString();
                if (c == '~' || info.indexOf('`') < 0) {
                    fence = c;
                    fenceLength = run;
                    blockStart = nextLine(text, lineEnd);
                    blockSyntax = Syntax.ofLanguage(info);
                }
            } else if (fence != 0 && c == fence && run >= fenceLength
                    && text.subSequence(i + run, lineEnd).toString().isBlank()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    syntaxes = Arrays.copyOf(syntaxes, count * 2);
                }
                starts[count] = blockStart;
                ends[count] = line;
                syntaxes[count] = blockSyntax;
                count++;
                fence = 0;
            }
            line = nextLine(text, lineEnd);
        }
        if (fence != 0) { // an unclosed block runs to the end of the text
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
                syntaxes = Arrays.copyOf(syntaxes, count + 1);
            }
            starts[count] = blockStart;
            ends[count] = n;
            syntaxes[count] = blockSyntax;
            count++;
        }
        return new MarkdownBlocks(starts, ends, syntaxes, count);
    }

    /**
     * The end of the line starting at {@code line}, before its {@code \n} or {@code \r\n}: found by the text's own
     * search where it has one, since this pass reads every line of a Markdown file. (A lone {@code \r} does not end
     * a line here: such files are read as one line of prose.)
     */
    private static int lineEnd(CharSequence text, int line) {
        int n = text.length();
        int end;
        if (text instanceof String string) {
            end = string.indexOf('\n', line);
        } else if (text instanceof AsciiText ascii) {
            end = ascii.indexOf('\n', line);
        } else {
            end = line;
            while (end < n && text.charAt(end) != '\n') {
                end++;
            }
        }
        if (end < 0) {
            end = n;
        }
        return end > line && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int nextLine(CharSequence text, int lineEnd) {
        int i = lineEnd;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /** The syntax at {@code offset}: its code block's, or prose outside every block. */
    Syntax syntaxAt(int offset) {
        int index = Arrays.binarySearch(starts, 0, count, offset);
        int block = index >= 0 ? index : -index - 2;
        if (block >= 0 && offset < ends[block]) {
            return syntaxes[block];
        }
        return Syntax.PROSE;
    }
}
