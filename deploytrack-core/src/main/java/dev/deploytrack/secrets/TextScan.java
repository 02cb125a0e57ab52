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
    private final int length;
    /**
     * The text's characters: an ASCII file's bytes from {@link #offset}, or else {@link #chars} (a decoded file's
     * reused buffer, or a copy of a string given to {@link SecretScanner#scanText}).
     */
    private final byte[] bytes;
    private final int offset;
    private final char[] chars;
    final String path;
    /** The file's syntax; Markdown's code blocks have their own ({@link #syntaxAt}). */
    final Syntax syntax;
    /** Whether the file is Markdown, where code blocks have a syntax of their own: decided once per file. */
    private final boolean markdown;
    private MarkdownBlocks blocks;
    final int depth;
    final SecretScanner.Engine engine;
    final List<Candidate> candidates = new ArrayList<>();
    /** Spans holding encoded values that were decoded and scanned: their raw text is not judged again. */
    private final List<int[]> decoded = new ArrayList<>();
    private final int[] coveredUntil;
    /** One matcher per pattern detector, reused for every keyword occurrence in this text. */
    private final java.util.regex.Matcher[] matchers;
    /** Which of {@link #matchers} were pointed at this text (the others still hold an earlier file's). */
    private final boolean[] matcherReady;
    private final KeyNameMemo keyNames;

    TextScan(CharSequence text, String path, int depth, SecretScanner.Engine engine) {
        this(text, path, depth, engine, new Scratch(engine.detectorCount()));
    }

    /** A scan of {@code text} reusing a thread's {@code scratch} arrays and matchers (top-level texts). */
    TextScan(CharSequence text, String path, int depth, SecretScanner.Engine engine, Scratch scratch) {
        this.text = text;
        this.length = text.length();
        if (text instanceof AsciiText ascii) {
            this.bytes = ascii.bytes();
            this.offset = ascii.offset();
            this.chars = null;
        } else {
            this.bytes = null;
            this.offset = 0;
            this.chars = text instanceof CharsText decoded ? decoded.array() : text.toString().toCharArray();
        }
        this.path = path;
        this.syntax = Syntax.ofPath(path);
        this.markdown = syntax == Syntax.PROSE && (path.regionMatches(true, path.length() - 3, ".md", 0, 3)
                || path.regionMatches(true, path.length() - 4, ".mdc", 0, 4)
                || path.regionMatches(true, path.length() - 4, ".mdx", 0, 4)
                || path.regionMatches(true, path.length() - 9, ".markdown", 0, 9));
        this.depth = depth;
        this.engine = engine;
        this.coveredUntil = scratch.coveredUntil;
        this.matchers = scratch.matchers;
        this.matcherReady = scratch.matcherReady;
        this.keyNames = scratch.keyNames;
        java.util.Arrays.fill(coveredUntil, 0);
        java.util.Arrays.fill(matcherReady, false);
    }

    /**
     * Per-thread arrays of a scan, one slot per detector, and the compiled patterns' matchers, which
     * {@link java.util.regex.Matcher#reset(CharSequence)} points at the next file instead of allocating new ones.
     */
    static final class Scratch {
        final int[] coveredUntil;
        final java.util.regex.Matcher[] matchers;
        final boolean[] matcherReady;
        final KeyNameMemo keyNames = new KeyNameMemo();

        Scratch(int detectors) {
            coveredUntil = new int[detectors];
            matchers = new java.util.regex.Matcher[detectors];
            matcherReady = new boolean[detectors];
        }
    }

    java.util.regex.Matcher matcher(PatternDetector detector) {
        int index = detector.index;
        java.util.regex.Matcher matcher = matchers[index];
        if (matcher == null) {
            matcher = detector.newMatcher(text);
            matchers[index] = matcher;
        } else if (!matcherReady[index]) {
            matcher.reset(text);
        }
        matcherReady[index] = true;
        return matcher;
    }

    /** Lets go of the text: the matchers of a thread's scratch must not keep a reused buffer's view alive. */
    void release() {
        for (int i = 0; i < matchers.length; i++) {
            if (matcherReady[i]) {
                matchers[i].reset("");
            }
        }
    }

    /**
     * The syntax at {@code offset}: the file's, or in Markdown that of the code block holding it. The detectors ask
     * at every value they read; the file name is looked at once, in the constructor, so that this stays a field
     * read where the compiler inlines it.
     */
    Syntax syntaxAt(int offset) {
        if (!markdown) {
            return syntax;
        }
        if (blocks == null) {
            blocks = MarkdownBlocks.of(text);
        }
        return blocks.syntaxAt(offset);
    }

    int length() {
        return length;
    }

    /**
     * The character at {@code i}, read from the file's bytes (ASCII) or from a char array: the detectors call this
     * at every step, and a call through {@link CharSequence} there would be inlined by the JIT compiler for each
     * implementation at each of dozens of call sites, making its compilations several times larger and slower.
     */
    char charAt(int i) {
        return bytes != null ? (char) (bytes[offset + i] & 0xff) : chars[i];
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
            char c = charAt(i - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            i--;
        }
        return i;
    }

    /** End of the line holding {@code offset} (before its line break), but at most {@code maxForward} after it. */
    int lineEnd(int offset, int maxForward) {
        int limit = Math.min(length, offset + maxForward);
        int i = offset;
        while (i < limit) {
            char c = charAt(i);
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
            if (end > 0 && charAt(end) == '\n' && charAt(end - 1) == '\r') {
                end--;
            }
            int last = end - 1;
            while (last > limit && (charAt(last) == ' ' || charAt(last) == '\t')) {
                last--;
            }
            if (last < limit || charAt(last) != '\\') {
                break;
            }
            start = lineStart(last, last - limit);
        }
        return start;
    }

    /** Offset just after the line break ending the line at {@code offset}, or the text's length. */
    int nextLineStart(int offset) {
        int end = lineEnd(offset, Integer.MAX_VALUE - offset);
        if (end < length && charAt(end) == '\r') {
            end++;
        }
        if (end < length && charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    /** {@link KeyNames#classify} of the name in {@code [start, end)}, without copying it out of the text. */
    KeyNames.Kind classifyName(int start, int end) {
        return keyNames.classify(this, start, end);
    }

    String substring(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + length);
        }
        return bytes != null ? new String(bytes, offset + from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1)
                : new String(chars, from, to - from);
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
