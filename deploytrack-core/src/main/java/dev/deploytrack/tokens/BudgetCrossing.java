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
        while (low < high) {
            int middle = (low + high) >>> 1;
            int end = middle < lines.lineCount() ? lines.lineStart(middle + 1) : text.length();
            if (counter.count(text.substring(0, end)).tokens() >= target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return lines.lineStart(low);
    }
}
