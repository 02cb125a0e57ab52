package dev.deploytrack.secrets;

import dev.deploytrack.source.BinaryContent;
import dev.deploytrack.source.SourceText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a file's bytes into the text the scanner reads, or tells that the file is binary. ASCII files (most of a
 * repository) are read through their bytes ({@link AsciiText}); UTF-8 with other characters is decoded; a file with
 * a zero byte near its start (UTF-16, binary, or text with a stray NUL) goes through {@link SourceText}, whose
 * {@link BinaryContent} rule is the one validate's checks use too.
 */
final class FileText {

    private FileText() {
    }

    /**
     * The text of {@code bytes[0, length)}, or {@code null} for a binary file. An {@link AsciiText} is returned for
     * UTF-8 without checking that every byte is ASCII: the keyword pass sees every byte anyway and tells
     * ({@link KeywordIndex#collect(byte[], int, int, KeywordIndex.Hits)}), and {@link #decoded} gives the decoded
     * text when it is not.
     */
    static CharSequence of(byte[] bytes, int length) {
        int start = 0;
        if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        if ((start == 0 && isUtf16Mark(bytes, length))
                || hasZeroByte(bytes, start, Math.min(length, start + BinaryContent.SNIFF_LENGTH))) {
            // rare: decoded whole, and judged by the same rule as every other reader
            return viaSourceText(bytes, length);
        }
        return new AsciiText(bytes, start, length - start);
    }

    /** Each thread's decoder and character buffer, reused from file to file. */
    private static final ThreadLocal<Decoder> DECODER = ThreadLocal.withInitial(Decoder::new);

    /**
     * The text of a file whose bytes turned out not to be ASCII: UTF-8 decoded (invalid bytes become U+FFFD) into
     * the thread's reused character buffer.
     */
    static CharsText decoded(AsciiText text) {
        return DECODER.get().decode(text.bytes(), text.offset(), text.length());
    }

    private static final class Decoder {
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private char[] chars = new char[64 * 1024];

        CharsText decode(byte[] bytes, int offset, int length) {
            if (chars.length < length || chars.length > (16 << 20) && length < chars.length / 4) {
                chars = new char[Math.max(length, 64 * 1024)]; // UTF-8 never has more characters than bytes
            }
            CharBuffer out = CharBuffer.wrap(chars);
            utf8.reset();
            utf8.decode(ByteBuffer.wrap(bytes, offset, length), out, true);
            utf8.flush(out);
            return new CharsText(chars, out.position());
        }
    }

    private static CharSequence viaSourceText(byte[] bytes, int length) {
        SourceText text = SourceText.decode(Arrays.copyOf(bytes, length));
        return text.isBinary() ? null : text.text();
    }

    /**
     * Whether {@code bytes[from, to)} holds a zero byte. A plain loop: the compiler makes it fast once hot, and
     * until then it costs less than reading eight bytes at a time through a {@code VarHandle}, which only
     * compiled code turns into one load.
     */
    static boolean hasZeroByte(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf16Mark(byte[] bytes, int length) {
        return length >= 2 && (((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
                || ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF));
    }
}
