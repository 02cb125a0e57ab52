package dev.deploytrack.tokens;

import dev.deploytrack.source.LineIndex;

/**
 * Finds the line at which a text reaches a number of tokens: the first line whose end brings the count of the text
 * up to it to the target. Binary search over line ends, so a file of n lines costs about log2(n) counts of prefixes
 * (BPE counts of prefixes grow with the prefix, except by a token at a merge boundary, which cannot move the answer
 * by more than a line).
 */
final class BudgetCrossing {

    private BudgetCrossing() {
    }

    /**
     * @param counter the counter (estimates are compared as estimates)
     * @param text    the text
     * @param target  the token count to reach
     * @return the 0-based character offset of the start of the line at which the count reaches {@code target}
     */
    static int offset(TokenCounter counter, String text, int target) {
        LineIndex lines = LineIndex.of(text);
        int low = 1;
        int high = lines.lineCount();
        // The crossing is usually near the start (a budget is thousands of tokens, a file may be megabytes): find a
        // line past it by prefixes four times longer each time, so the counts cost about the crossing's prefix, not
        // the whole text each.
        for (long chars = Math.max(4096, 8L * target); chars < text.length(); chars *= 4) {
            int line = lines.line((int) chars);
            if (line >= high) {
                break;
            }
            if (reaches(counter, text, lines, line, target)) {
                high = line;
                break;
            }
            low = line + 1;
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (reaches(counter, text, lines, middle, target)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return lines.lineStart(low);
    }

    /** Whether the text up to the end of {@code line} counts at least {@code target}. */
    private static boolean reaches(TokenCounter counter, String text, LineIndex lines, int line, int target) {
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        return counter.count(text.substring(0, end)).tokens() >= target;
    }
}
