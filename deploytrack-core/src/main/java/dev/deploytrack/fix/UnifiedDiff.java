package dev.deploytrack.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}) of two versions of a text file, what {@code validate --fix --dry-run} prints. Lines
 * are compared without their line breaks (a fix keeps them), and a final line without one is marked as
 * {@code diff} marks it. The common start and end are skipped first, so the line-by-line comparison only sees the
 * part fixes touched.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    /** Past this many changed lines on each side the middle is shown as replaced whole, not aligned. */
    private static final int MAX_ALIGNED = 2000;

    private UnifiedDiff() {
    }

    /** The diff of {@code path} from {@code before} to {@code after}; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = operations(a, b); // each {kind, index in a, index in b}: 0 same, 1 delete, 2 insert
        StringBuilder out = new StringBuilder("--- a/").append(path).append('\n')
                .append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is within twice the context
            while (end < ops.size()) {
                if (ops.get(end)[0] != 0) {
                    end++;
                    continue;
                }
                int next = end;
                while (next < ops.size() && ops.get(next)[0] == 0) {
                    next++;
                }
                if (next < ops.size() && next - end <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(ops.size(), end + CONTEXT);
                    break;
                }
            }
            hunk(out, ops.subList(start, end), a, b, before, after);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b, String before,
                             String after) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (int[] op : ops) {
            if (op[0] != 2) {
                aStart = aStart < 0 ? op[1] : aStart;
                aCount++;
            }
            if (op[0] != 1) {
                bStart = bStart < 0 ? op[2] : bStart;
                bCount++;
            }
        }
        out.append("@@ -").append(range(aStart, aCount, ops.get(0)[1])).append(" +")
                .append(range(bStart, bCount, ops.get(0)[2])).append(" @@\n");
        for (int[] op : ops) {
            String line = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
            out.append(op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+').append(line).append('\n');
            boolean lastOfA = op[0] != 2 && op[1] == a.size() - 1 && !endsWithBreak(before);
            boolean lastOfB = op[0] != 1 && op[2] == b.size() - 1 && !endsWithBreak(after);
            if ((op[0] == 1 && lastOfA) || (op[0] == 2 && lastOfB) || (op[0] == 0 && (lastOfA || lastOfB))) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count, int fallback) {
        int first = count == 0 ? fallback : start + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    /** The edit script: common start, aligned middle (longest common subsequence), common end. */
    private static List<int[]> operations(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<int[]> ops = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            ops.add(new int[] {0, k, k});
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        if (n > MAX_ALIGNED || m > MAX_ALIGNED) {
            for (int k = 0; k < n; k++) {
                ops.add(new int[] {1, prefix + k, prefix});
            }
            for (int k = 0; k < m; k++) {
                ops.add(new int[] {2, prefix + n, prefix + k});
            }
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = a.get(prefix + x).equals(b.get(prefix + y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(prefix + x).equals(b.get(prefix + y))) {
                    ops.add(new int[] {0, prefix + x++, prefix + y++});
                } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    ops.add(new int[] {1, prefix + x++, prefix + y});
                } else {
                    ops.add(new int[] {2, prefix + x, prefix + y++});
                }
            }
        }
        for (int k = 0; k < suffix; k++) {
            ops.add(new int[] {0, a.size() - suffix + k, b.size() - suffix + k});
        }
        return ops;
    }

    /** The lines without their breaks ({@code \r\n}, {@code \n} or {@code \r}); no empty line after a final break. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean endsWithBreak(String text) {
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
    }
}
