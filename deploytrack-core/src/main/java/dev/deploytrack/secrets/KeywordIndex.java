package dev.deploytrack.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every occurrence of a fixed set of ASCII keywords in one pass over a text, ignoring case (an Aho-Corasick
 * automaton compiled into a dense transition table). This is the scanner's prefilter: a rule's pattern only runs
 * where one of its keywords occurs, so the cost of a file is one table walk plus work proportional to the hits.
 * Immutable and safe to share between threads.
 */
final class KeywordIndex {

    private final List<String> keywords;
    /** Character class of each ASCII character; 0 for characters that occur in no keyword. */
    private final byte[] classOf = new byte[128];
    private final int classCount;
    /**
     * rows[row + class] = next row, where a state's row is its number times {@link #classCount} (so the loop needs no
     * multiplication). States where keywords end are numbered last: a row at or above {@link #firstOutputRow} means
     * "report", one comparison per character.
     */
    private final int[] rows;
    private final int firstOutputRow;
    /** For each state (by number), the keyword ids that end there (including through failure links), or null. */
    private final int[][] outputs;
    private final int[] keywordLengths;

    private KeywordIndex(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        this.keywordLengths = keywords.stream().mapToInt(String::length).toArray();
        int classes = 1;
        for (String keyword : keywords) {
            for (char c : keyword.toCharArray()) {
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

        // Build the trie.
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new int[classCount]);
        ends.add(new ArrayList<>());
        for (int id = 0; id < keywords.size(); id++) {
            int state = 0;
            for (char c : keywords.get(id).toCharArray()) {
                int cls = classOf[c];
                if (trie.get(state)[cls] == 0) {
                    trie.get(state)[cls] = trie.size();
                    trie.add(new int[classCount]);
                    ends.add(new ArrayList<>());
                }
                state = trie.get(state)[cls];
            }
            ends.get(state).add(id);
        }

        // Breadth-first: failure links turn the trie into a complete automaton.
        int states = trie.size();
        int[] fail = new int[states];
        int[] transitions = new int[states * classCount];
        int[][] outputsByState = new int[states][];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int cls = 1; cls < classCount; cls++) {
            int next = trie.get(0)[cls];
            transitions[cls] = next;
            if (next != 0) {
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            List<Integer> out = new ArrayList<>(ends.get(state));
            int[] inherited = outputsByState[fail[state]];
            if (inherited != null) {
                for (int id : inherited) {
                    out.add(id);
                }
            }
            outputsByState[state] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
            for (int cls = 1; cls < classCount; cls++) {
                int child = trie.get(state)[cls];
                if (child != 0) {
                    fail[child] = transitions[fail[state] * classCount + cls];
                    transitions[state * classCount + cls] = child;
                    queue.add(child);
                } else {
                    transitions[state * classCount + cls] = transitions[fail[state] * classCount + cls];
                }
            }
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
        rows = new int[states * classCount];
        outputs = new int[states][];
        for (int state = 0; state < states; state++) {
            outputs[number[state]] = outputsByState[state];
            for (int cls = 0; cls < classCount; cls++) {
                rows[number[state] * classCount + cls] = number[transitions[state * classCount + cls]] * classCount;
            }
        }
        firstOutputRow = firstOutput * classCount;
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
        final byte[] classes = classOf;
        final int[] table = rows;
        final int reportFrom = firstOutputRow;
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
            int length = end - chunk;
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                row = table[row + (c < 128 ? classes[c] : 0)];
                if (row >= reportFrom) {
                    for (int id : outputs[row / classCount]) {
                        consumer.hit(id, chunk + i + 1 - keywordLengths[id]);
                    }
                }
            }
        }
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
        scan(text, 0, text.length(), hits::add);
        return hits;
    }

    /**
     * Like {@link #collect(CharSequence)} over text whose characters are exactly {@code bytes} (one byte per
     * character, as in an ASCII file): no copy and no widening to chars, the loop reads the file's own bytes.
     */
    Hits collect(byte[] bytes, int length) {
        final byte[] classes = classOf;
        final int[] table = rows;
        final int reportFrom = firstOutputRow;
        Hits hits = new Hits();
        int row = 0;
        for (int i = 0; i < length; i++) {
            int c = bytes[i];
            row = table[row + (c >= 0 ? classes[c] : 0)];
            if (row >= reportFrom) {
                for (int id : outputs[row / classCount]) {
                    hits.add(id, i + 1 - keywordLengths[id]);
                }
            }
        }
        return hits;
    }

    @Override
    public String toString() {
        return "KeywordIndex" + Arrays.toString(keywords.toArray());
    }
}
