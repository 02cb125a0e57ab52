package dev.deploytrack.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The state of scanning one text: the text, what kind of file it is, the candidates found so far, and how far each
 * detector has already looked (so that many keyword hits on one line cost one pattern run). Not thread-safe: one
 * per text, on the thread scanning it.
 */
final class TextScan {

    /** How far a pattern window reaches around a keyword when a line is very long (minified files). */
    static final int MAX_BACK = 512;
    static final int MAX_FORWARD = 2048;

    /** Files in which a value must be a quoted literal to count: elsewhere {@code key = other_variable} is code. */
    private static final Set<String> CODE_EXTENSIONS = Set.of(
            "java", "kt", "kts", "scala", "groovy", "gradle", "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts",
            "py", "pyi", "rb", "go", "rs", "php", "cs", "fs", "vb", "swift", "c", "h", "cc", "cpp", "hpp", "m",
            "mm", "dart", "lua", "r", "pl", "pm", "ex", "exs", "erl", "clj", "cljs", "vue", "svelte", "astro",
            "jl", "nim", "zig", "hs", "ml", "sol");

    final CharSequence text;
    final String path;
    final boolean code;
    final int depth;
    final SecretScanner.Engine engine;
    final List<Candidate> candidates = new ArrayList<>();
    /** Spans holding encoded values that were decoded and scanned: their raw text is not judged again. */
    private final List<int[]> decoded = new ArrayList<>();
    private final int[] coveredUntil;
    /** One matcher per pattern detector, reused for every keyword occurrence in this text. */
    private final java.util.regex.Matcher[] matchers;

    TextScan(CharSequence text, String path, int depth, SecretScanner.Engine engine) {
        this.text = text;
        this.path = path;
        this.code = isCode(path);
        this.depth = depth;
        this.engine = engine;
        this.coveredUntil = new int[engine.detectorCount()];
        this.matchers = new java.util.regex.Matcher[engine.detectorCount()];
    }

    java.util.regex.Matcher matcher(PatternDetector detector) {
        java.util.regex.Matcher matcher = matchers[detector.index];
        if (matcher == null) {
            matcher = detector.newMatcher(text);
            matchers[detector.index] = matcher;
        }
        return matcher;
    }

    static boolean isCode(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot > slash && CODE_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** Whether detector {@code index} already looked at offset {@code offset}; if not, records that it will. */
    boolean covered(int index, int offset) {
        return offset < coveredUntil[index];
    }

    void cover(int index, int end) {
        coveredUntil[index] = Math.max(coveredUntil[index], end);
    }

    /** Start of the line holding {@code offset}, but at most {@code maxBack} characters before it. */
    int lineStart(int offset, int maxBack) {
        int limit = Math.max(0, offset - maxBack);
        int i = offset;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            i--;
        }
        return i;
    }

    /** End of the line holding {@code offset} (before its line break), but at most {@code maxForward} after it. */
    int lineEnd(int offset, int maxForward) {
        int limit = Math.min(text.length(), offset + maxForward);
        int i = offset;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Offset just after the line break ending the line at {@code offset}, or the text's length. */
    int nextLineStart(int offset) {
        int end = lineEnd(offset, Integer.MAX_VALUE - offset);
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    String substring(int from, int to) {
        return text.subSequence(from, to).toString();
    }

    void add(Candidate candidate) {
        candidates.add(candidate);
    }

    /** Marks {@code [start, end)} as an encoded value whose decoded content was scanned instead. */
    void decoded(int start, int end) {
        decoded.add(new int[] {start, end});
    }

    /** The candidates found, without those read from the raw text of a decoded value. */
    List<Candidate> literalOrDecodedCandidates() {
        if (decoded.isEmpty()) {
            return candidates;
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean raw = false;
            for (int[] span : decoded) {
                raw |= candidate.context() == null && candidate.start() >= span[0] && candidate.start() < span[1];
            }
            if (!raw) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Whether a user-configured allow pattern matches the value. */
    boolean allowed(String secret) {
        return engine.allowed(secret);
    }

    double entropyThreshold() {
        return engine.entropyThreshold();
    }
}
