package dev.deploytrack.secrets;

import java.util.List;
import java.util.Locale;

/**
 * Documentation shows made-up values next to words that say so: "for example", "your key", "a dummy token",
 * {@code EXAMPLE_API_KEY}. A value there is taken as leaked only when it is strongly random (a real key pasted into
 * docs is still a leak); a weaker one is the example the words announce.
 */
final class ExampleContext {

    private static final List<String> WORDS = List.of("example", "your", "dummy", "sample", "placeholder", "fake",
            "mock", "e.g.", "such as", "test", "demo", "fixture");
    /** How far around the value the words are looked for, on its line. */
    private static final int WINDOW = 160;

    private ExampleContext() {
    }

    /**
     * A word of the sentence, not part of another ("test" in "latest") nor of a host name or path
     * ({@code api.example.com}, {@code /examples/}), which says where the text points, not what the value is.
     */
    private static boolean isWord(String text, int at, int length) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        int end = at + length;
        char after = end < text.length() ? text.charAt(end) : ' ';
        return !Character.isLetterOrDigit(before) && before != '.' && before != '/' && before != '@'
                && before != '-' && before != '_' && !Character.isLetterOrDigit(after) && after != '.'
                && after != '/' && after != '-' && after != '_';
    }

    static boolean isExample(TextScan scan, int offset, String keyName) {
        String name = keyName.toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
            if (name.contains(word)) {
                return true;
            }
        }
        int from = scan.lineStart(offset, WINDOW);
        int to = scan.lineEnd(offset, WINDOW);
        String around = scan.substring(from, to).toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
            for (int at = around.indexOf(word); at >= 0; at = around.indexOf(word, at + 1)) {
                if (isWord(around, at, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
