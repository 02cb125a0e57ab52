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
    /** transitions[state * classCount + class] = next state. */
    private final int[] transitions;
    /** For each state, the keyword ids that end there (including through failure links), or null. */
    private final int[][] outputs;

    private KeywordIndex(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
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
        transitions = new int[states * classCount];
        outputs = new int[states][];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int cls = 1; cls < classCount; cls++) {
            int next = trie.get(0)[cls];
            transitions[cls] = next;
            if (next != 0) {
                queue.add(next);
            }
        }
        outputs[0] = null;
        while (!queue.isEmpty()) {
            int state = queue.remove();
            List<Integer> out = new ArrayList<>(ends.get(state));
            int[] inherited = outputs[fail[state]];
            if (inherited != null) {
                for (int id : inherited) {
                    out.add(id);
                }
            }
            outputs[state] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
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

    /** Reports every occurrence of every keyword in {@code text[from, to)}, in order of their end offset. */
    void scan(CharSequence text, int from, int to, HitConsumer consumer) {
        final byte[] classes = classOf;
        final int[] delta = transitions;
        final int width = classCount;
        int state = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int cls = c < 128 ? classes[c] : 0;
            state = delta[state * width + cls];
            if (state != 0) {
                int[] out = outputs[state];
                if (out != null) {
                    for (int id : out) {
                        consumer.hit(id, i + 1 - keywords.get(id).length());
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return "KeywordIndex" + Arrays.toString(keywords.toArray());
    }
}
