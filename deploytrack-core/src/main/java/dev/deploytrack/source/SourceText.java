package dev.deploytrack.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A file's bytes decoded for checking. Decoding never throws: a UTF-8 byte-order mark is removed and remembered,
 * UTF-16 (with a byte-order mark, or recognised by its zero bytes) is decoded as UTF-16, and invalid UTF-8 becomes
 * U+FFFD while the offset of the first bad sequence is kept so a check can report it.
 */
public final class SourceText {

    /** How much of the start of a file is inspected to tell UTF-8 from UTF-16. */
    private static final int SNIFF_LENGTH = BinaryContent.SNIFF_LENGTH;

    private final String text;
    private final Charset charset;
    private final boolean byteOrderMark;
    private final boolean binary;
    private final int firstMalformedOffset;
    private LineIndex lines;
    private Map<Class<?>, Object> derived;

    private SourceText(String text, Charset charset, boolean byteOrderMark, boolean binary, int firstMalformedOffset) {
        this.text = text;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.binary = binary;
        this.firstMalformedOffset = firstMalformedOffset;
    }

    /** Text given as a string (tests, staged content already decoded). */
    public static SourceText of(String text) {
        return new SourceText(text, StandardCharsets.UTF_8, false, false, -1);
    }

    public static SourceText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(bytes, 2, StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(bytes, 2, StandardCharsets.UTF_16BE, true);
        }
        Charset utf16 = sniffUtf16(bytes);
        if (utf16 != null) {
            return utf16(bytes, 0, utf16, false);
        }
        return utf8(bytes, 0, false);
    }

    private static SourceText utf8(byte[] bytes, int start, boolean bom) {
        boolean binary = BinaryContent.isBinary(bytes, start, bytes.length);
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int malformed = -1;
        if (text.indexOf('\uFFFD') >= 0 && !Utf8.isValid(bytes, start, bytes.length)) {
            text = Utf8.decodeReplacing(bytes, start, bytes.length);
            malformed = text.indexOf('\uFFFD');
        }
        return new SourceText(text, StandardCharsets.UTF_8, bom, binary, malformed);
    }

    private static SourceText utf16(byte[] bytes, int start, Charset charset, boolean bom) {
        String text = new String(bytes, start, bytes.length - start, charset);
        return new SourceText(text, charset, bom, BinaryContent.isBinary(text), -1);
    }

    /**
     * UTF-16 without a byte-order mark: ASCII-heavy text then has a zero in almost every other byte. Requires most
     * of the sniffed even (or odd) bytes to be zero and almost none of the others.
     */
    private static Charset sniffUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_LENGTH) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The decoded text, without any byte-order mark. */
    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the file began with a byte-order mark (removed from {@link #text()}). */
    public boolean hasByteOrderMark() {
        return byteOrderMark;
    }

    /** Whether the file is binary by the {@link BinaryContent} rule: checks of text files skip it. */
    public boolean isBinary() {
        return binary;
    }

    /** Whether some bytes were not valid UTF-8 and were replaced by U+FFFD. */
    public boolean hasMalformedInput() {
        return firstMalformedOffset >= 0;
    }

    /** Offset in {@link #text()} of the first replacement for invalid bytes, or -1. */
    public int firstMalformedOffset() {
        return firstMalformedOffset;
    }

    /**
     * What a check derives from this text (parsed frontmatter, say), computed once per text and kept with it, so
     * that checks reading the same file in one run share the work. Not thread-safe, like the rest of a run's reads.
     */
    public <T> T derived(Class<T> type, Function<SourceText, T> derive) {
        if (derived == null) {
            derived = new HashMap<>(4);
        }
        Object value = derived.get(type);
        if (value == null) {
            value = derive.apply(this);
            derived.put(type, value);
        }
        return type.cast(value);
    }

    /** Line index of the text, built on first use. */
    public LineIndex lines() {
        if (lines == null) {
            lines = LineIndex.of(text);
        }
        return lines;
    }
}
