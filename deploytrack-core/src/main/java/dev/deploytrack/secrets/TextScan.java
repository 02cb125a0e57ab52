package dev.deploytrack.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of scanning one text: the text, what kind of file it is, the candidates found so far, and how far each
 * detector has already looked (so that many keyword hits on one line cost one pattern run). Not thread-safe: one
 * per text, on the thread scanning it.
 */
final class TextScan {

    /** How far a pattern window reaches around a keyword when a line is very long (minified files). */
    static final int MAX_BACK = 512;
    static final int MAX_FORWARD = 2048;

    final CharSequence text;
    final String path;
    /** The file's syntax; Markdown's code blocks have their own ({@link #syntaxAt}). */
    final Syntax syntax;
    private MarkdownBlocks blocks;
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
        this.syntax = Syntax.ofPath(path);
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

    /** The syntax at {@code offset}: the file's, or in Markdown that of the code block holding it. */
    Syntax syntaxAt(int offset) {
        if (syntax != Syntax.PROSE || !path.regionMatches(true, path.length() - 3, ".md", 0, 3)
                && !path.regionMatches(true, path.length() - 4, ".mdc", 0, 4)
                && !path.regionMatches(true, path.length() - 4, ".mdx", 0, 4)
                && !path.regionMatches(true, path.length() - 9, ".markdown", 0, 9)) {
            return syntax;
        }
        if (blocks == null) {
            blocks = MarkdownBlocks.of(text);
        }
        return blocks.syntaxAt(offset);
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

    /**
     * Start of the shell command holding {@code offset}: its line's start, or an earlier line's when the lines
     * before end in a backslash (a command continued over lines); at most 2,000 characters back.
     */
    int commandStart(int offset) {
        int limit = Math.max(0, offset - 2000);
        int start = lineStart(offset, offset - limit);
        while (start > limit) {
            int end = start - 1; // the line break before this line
            if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
            int last = end - 1;
            while (last > limit && (text.charAt(last) == ' ' || text.charAt(last) == '\t')) {
                last--;
            }
            if (last < limit || text.charAt(last) != '\\') {
                break;
            }
            start = lineStart(last, last - limit);
        }
        return start;
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
