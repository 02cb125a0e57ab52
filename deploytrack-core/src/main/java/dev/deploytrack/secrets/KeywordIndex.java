package dev.deploytrack.secrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every occurrence of a fixed set of ASCII keywords in one pass over a text, ignoring case (an Aho-Corasick
 * automaton run as a dense transition table). This is the scanner's prefilter: a rule's pattern only runs where one
 * of its keywords occurs, so the cost of a file is one table walk plus work proportional to the hits.
 *
 * <p>The table is filled lazily: building it whole means a loop over every state and character class (some 60,000
 * steps for the built-in rules), which a fresh JVM runs interpreted for several milliseconds, the largest part of
 * the pre-commit hook's secret scan. Instead the trie's own edges are entered when it is built and every other
 * transition is worked out from the failure links the first time a text takes it, then kept. A scan of a commit
 * visits a few thousand transitions; a long scan ends up with the whole table and the same inner loop.
 *
 * <p>Safe to share between threads: a transition is an {@code int}, written whole, and always to the same value, so
 * a thread that reads a transition before another thread's write reaches it only works it out again.
 */
final class KeywordIndex {

    /** A transition not worked out yet; above every row, so the loop's one "report?" comparison also catches it. */
    private static final int UNKNOWN = Integer.MAX_VALUE;

    private final List<String> keywords;
    /** Character class of each ASCII character; 0 for characters that occur in no keyword. */
    private final byte[] classOf = new byte[128];
    private final int classCount;
    /**
     * rows[row + class] = next row, where a state's row is its number times {@link #classCount} (so the loop needs no
     * multiplication), or {@link #UNKNOWN}. States where keywords end are numbered last: a row at or above
     * {@link #firstOutputRow} means "report", one comparison per character.
     */
    private final int[] rows;
    /** For each state (by number), the row of its failure link. */
    private final int[] failRows;
    private final int firstOutputRow;
    /** For each state (by number), the keyword ids that end there (including through failure links), or null. */
    private final int[][] outputs;
    private final int[] keywordLengths;

    private KeywordIndex(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        this.keywordLengths = new int[keywords.size()];
        int classes = 1;
        int maxStates = 1;
        for (int id = 0; id < keywords.size(); id++) {
            String keyword = keywords.get(id);
            keywordLengths[id] = keyword.length();
            maxStates += keyword.length();
            for (int i = 0; i < keyword.length(); i++) {
                char c = keyword.charAt(i);
                if (c >= 128) {
                    throw new IllegalArgumentException("keywords must be ASCII: " + keyword);
                }
                if (classOf[c] == 0) {
                    byte cls = (byte) classes++;
                    classOf[Character.toLowerCase(c)] = cls;
                    classOf[Character.toUpperCase(c)] = cls;
                }
            }
        }
        if (classes > 127) {
            throw new IllegalArgumentException("too many distinct keyword characters");
        }
        this.classCount = classes;

        // The trie: child[state * classes + cls], 0 for none (the root is nobody's child). Each state also records
        // its parent, the class of the edge into it and its depth, for the failure links below.
        int[] child = new int[maxStates * classes];
        int[] parent = new int[maxStates];
        int[] edge = new int[maxStates];
        int[] depth = new int[maxStates];
        int[][] ends = new int[maxStates][];
        int states = 1;
        int maxDepth = 0;
        for (int id = 0; id < keywords.size(); id++) {
            String keyword = keywords.get(id);
            int state = 0;
            for (int i = 0; i < keyword.length(); i++) {
                int cls = classOf[keyword.charAt(i)];
                int next = child[state * classes + cls];
                if (next == 0) {
                    next = states++;
                    child[state * classes + cls] = next;
                    parent[next] = state;
                    edge[next] = cls;
                    depth[next] = depth[state] + 1;
                    maxDepth = Math.max(maxDepth, depth[next]);
                }
                state = next;
            }
            ends[state] = append(ends[state], id);
        }

        // Failure links and outputs, shallow states first: a state's link is the longest proper suffix of its path
        // that is also in the trie, found from its parent's link; its outputs are its own plus its link's.
        int[] byDepth = statesByDepth(depth, states, maxDepth);
        int[] fail = new int[states];
        int[][] outputsByState = new int[states][];
        for (int i = 1; i < states; i++) {
            int state = byDepth[i];
            int cls = edge[state];
            int link = 0;
            if (parent[state] != 0) {
                int f = fail[parent[state]];
                while (f != 0 && child[f * classes + cls] == 0) {
                    f = fail[f];
                }
                link = child[f * classes + cls];
            }
            fail[state] = link;
            int[] inherited = outputsByState[link];
            int[] own = ends[state];
            outputsByState[state] = own == null ? inherited : inherited == null ? own : concat(own, inherited);
        }

        // Renumber: states without output first (the root stays 0), then states with output.
        int[] number = new int[states];
        int next = 0;
        for (int state = 0; state < states; state++) {
            if (outputsByState[state] == null) {
                number[state] = next++;
            }
        }
        int firstOutput = next;
        for (int state = 0; state < states; state++) {
            if (outputsByState[state] != null) {
                number[state] = next++;
            }
        }
        rows = new int[states * classes];
        Arrays.fill(rows, classes, rows.length, UNKNOWN); // the root's row is complete: its edges, else itself
        failRows = new int[states];
        outputs = new int[states][];
        for (int state = 0; state < states; state++) {
            outputs[number[state]] = outputsByState[state];
            failRows[number[state]] = number[fail[state]] * classes;
            for (int cls = 1; cls < classes; cls++) {
                int target = child[state * classes + cls];
                if (target != 0) {
                    rows[number[state] * classes + cls] = number[target] * classes;
                }
            }
            rows[number[state] * classes] = 0; // class 0: a character in no keyword leads back to the root
        }
        firstOutputRow = firstOutput * classes;
    }

    private static int[] statesByDepth(int[] depth, int states, int maxDepth) {
        int[] starts = new int[maxDepth + 2];
        for (int state = 0; state < states; state++) {
            starts[depth[state] + 1]++;
        }
        for (int d = 1; d < starts.length; d++) {
            starts[d] += starts[d - 1];
        }
        int[] order = new int[states];
        for (int state = 0; state < states; state++) {
            order[starts[depth[state]]++] = state;
        }
        return order;
    }

    private static int[] append(int[] values, int value) {
        if (values == null) {
            return new int[] {value};
        }
        int[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }

    private static int[] concat(int[] first, int[] second) {
        int[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /**
     * The transition from {@code row} on {@code cls} that is not in the table yet: the transition of the state's
     * failure link (worked out the same way if needed), kept for the next text that takes it.
     */
    private int resolve(int row, int cls) {
        int next = rows[failRows[row / classCount] + cls];
        if (next == UNKNOWN) {
            next = resolve(failRows[row / classCount], cls);
        }
        rows[row + cls] = next;
        return next;
    }

    /** An index over {@code keywords} (ASCII, compared ignoring case); duplicates are folded together. */
    static KeywordIndex of(List<String> keywords) {
        Map<String, Boolean> unique = new LinkedHashMap<>();
        for (String keyword : keywords) {
            if (keyword.isEmpty()) {
                throw new IllegalArgumentException("empty keyword");
            }
            unique.put(keyword.toLowerCase(Locale.ROOT), true);
        }
        return new KeywordIndex(new ArrayList<>(unique.keySet()));
    }

    List<String> keywords() {
        return keywords;
    }

    int idOf(String keyword) {
        return keywords.indexOf(keyword.toLowerCase(Locale.ROOT));
    }

    /** Receives each occurrence: the keyword's id and the offset of its first character. */
    @FunctionalInterface
    interface HitConsumer {
        void hit(int keywordId, int start);
    }

    /** Characters copied out of the text per step: the inner loop then reads a plain array. */
    private static final int CHUNK = 8192;

    /** Reports every occurrence of every keyword in {@code text[from, to)}, in order of their end offset. */
    void scan(CharSequence text, int from, int to, HitConsumer consumer) {
        if (text instanceof CharsText chars) {
            scan(chars.array(), from, to, 0, 0, consumer);
            return;
        }
        final char[] buffer = new char[Math.min(CHUNK, Math.max(1, to - from))];
        final String string = text instanceof String s ? s : null;
        int row = 0;
        for (int chunk = from; chunk < to; chunk += buffer.length) {
            int end = Math.min(to, chunk + buffer.length);
            if (string != null) {
                string.getChars(chunk, end, buffer, 0);
            } else {
                for (int i = chunk; i < end; i++) {
                    buffer[i - chunk] = text.charAt(i);
                }
            }
            row = scan(buffer, 0, end - chunk, chunk, row, consumer);
        }
    }

    /**
     * The automaton over {@code chars[from, to)}, starting in {@code row}; a hit's offset is its index plus
     * {@code base}. Returns the row reached, for the next chunk of the same text.
     */
    private int scan(char[] chars, int from, int to, int base, int startRow, HitConsumer consumer) {
        final byte[] classes = classOf;
        final int[] table = rows;
        final int reportFrom = firstOutputRow;
        int row = startRow;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            int cls = c < 128 ? classes[c] : 0;
            int previous = row;
            row = table[row + cls];
            if (row >= reportFrom) {
                if (row == UNKNOWN) {
                    row = resolve(previous, cls);
                    if (row < reportFrom) {
                        continue;
                    }
                }
                for (int id : outputs[row / classCount]) {
                    consumer.hit(id, base + i + 1 - keywordLengths[id]);
                }
            }
        }
        return row;
    }

    /** Keyword occurrences of one text: keyword id and start offset, in order of their end offset. */
    static final class Hits {
        int[] ids = new int[256];
        int[] starts = new int[256];
        int size;

        void add(int id, int start) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                starts = java.util.Arrays.copyOf(starts, size * 2);
            }
            ids[size] = id;
            starts[size] = start;
            size++;
        }
    }

    /**
     * Collects every occurrence in {@code text} first, so that this loop stays small (it is the only code that sees
     * every character) and the detectors run afterwards on the occurrences alone.
     */
    Hits collect(CharSequence text) {
        Hits hits = new Hits();
        collect(text, hits);
        return hits;
    }

    /** {@link #collect(CharSequence)} into {@code hits}, appending. */
    void collect(CharSequence text, Hits hits) {
        scan(text, 0, text.length(), hits::add);
    }

    /**
     * Like {@link #collect(CharSequence)} over text whose characters are exactly {@code bytes} (one byte per
     * character, as in an ASCII file): no copy and no widening to chars, the loop reads the file's own bytes.
     */
    Hits collect(byte[] bytes, int length) {
        Hits hits = new Hits();
        collect(bytes, 0, length, hits);
        return hits;
    }


    /**
     * {@link #collect(byte[], int)} over {@code bytes[offset, offset + length)}, appending to {@code hits} with
     * offsets relative to {@code offset}.
     *
     * @return whether every byte was ASCII (so that the hits' offsets are character offsets); seen on the way, at
     *         the cost of one OR per byte, instead of a pass of its own
     */
    boolean collect(byte[] bytes, int offset, int length, Hits hits) {
        final byte[] classes = classOf;
        final int[] table = rows;
        final int reportFrom = firstOutputRow;
        int row = 0;
        int seen = 0;
        final int end = offset + length;
        for (int i = offset; i < end; i++) {
            int c = bytes[i];
            seen |= c;
            int cls = c >= 0 ? classes[c] : 0;
            int previous = row;
            row = table[row + cls];
            if (row >= reportFrom) {
                if (row == UNKNOWN) {
                    row = resolve(previous, cls);
                    if (row < reportFrom) {
                        continue;
                    }
                }
                for (int id : outputs[row / classCount]) {
                    hits.add(id, i + 1 - offset - keywordLengths[id]);
                }
            }
        }
        return seen >= 0;
    }

    @Override
    public String toString() {
        return "KeywordIndex" + Arrays.toString(keywords.toArray());
    }
}
