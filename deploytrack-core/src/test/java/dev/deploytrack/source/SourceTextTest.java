package dev.deploytrack.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void plainUtf8() {
        SourceText text = SourceText.decode("héllo\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("héllo\n", text.text());
        assertFalse(text.hasByteOrderMark());
        assertFalse(text.hasMalformedInput());
        assertFalse(text.isBinary());
    }

    @Test
    void utf8ByteOrderMarkIsRemovedAndRemembered() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        SourceText text = SourceText.decode(bytes);
        assertEquals("a", text.text());
        assertTrue(text.hasByteOrderMark());
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() {
        assertEquals("name: x\n", SourceText.decode(withBom("name: x\n")).text());
        SourceText sniffed = SourceText.decode("name: x\nmore text\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("name: x\nmore text\n", sniffed.text());
        assertFalse(sniffed.isBinary());
        assertEquals("big endian", SourceText.decode("big endian".getBytes(StandardCharsets.UTF_16BE)).text());
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    @Test
    void invalidUtf8IsReplacedAndItsPositionKept() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, '(', '\n'};
        SourceText text = SourceText.decode(bytes);
        assertTrue(text.hasMalformedInput());
        assertEquals(3, text.firstMalformedOffset());
        assertEquals(2, text.lines().line(text.firstMalformedOffset()));
        assertEquals(2, text.lines().column(text.firstMalformedOffset()));
    }

    @Test
    void genuineReplacementCharacterIsNotMalformed() {
        SourceText text = SourceText.decode("a \uFFFD b".getBytes(StandardCharsets.UTF_8));
        assertFalse(text.hasMalformedInput());
    }

    @Test
    void overlongAndSurrogateEncodingsAreMalformed() {
        assertTrue(SourceText.decode(new byte[] {(byte) 0xC0, (byte) 0xAF}).hasMalformedInput());
        assertTrue(SourceText.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).hasMalformedInput());
        assertTrue(SourceText.decode(new byte[] {'x', (byte) 0xE2, (byte) 0x82}).hasMalformedInput());
    }

    @Test
    void nulBytesMeanBinary() {
        assertTrue(SourceText.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}).isBinary());
    }

    @Test
    void lineIndexHandlesLfCrlfAndLoneCr() {
        LineIndex lines = LineIndex.of("a\r\nbc\rd\ne");
        assertEquals(4, lines.lineCount());
        assertEquals(1, lines.line(0));
        assertEquals(2, lines.line(3));
        assertEquals(2, lines.column(4));
        assertEquals(3, lines.line(6));
        assertEquals(4, lines.line(8));
        assertEquals(8, lines.lineStart(4));
    }

    private static String decode(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return SourceText.decode(data).text();
    }

    @Test
    void invalidUtf8IsReplacedPerMaximalSubpartAsPythonAndNodeDo() {
        // An encoded surrogate: three replacement characters (the JDK decoder gives one).
        assertEquals("a\uFFFD\uFFFD\uFFFDb", decode('a', 0xED, 0xA0, 0x80, 'b'));
        // A truncated four-byte sequence is one maximal subpart: one replacement.
        assertEquals("\uFFFD!", decode(0xF0, 0x9F, 0x98, '!'));
        // A lead byte followed by ASCII: the ASCII byte is kept.
        assertEquals("\uFFFD(", decode(0xC3, 0x28));
        // Overlong encodings and bytes that never start a sequence are one replacement each.
        assertEquals("\uFFFD\uFFFD", decode(0xC0, 0xAF));
        assertEquals("\uFFFD\uFFFD", decode(0x80, 0x80));
        // Above U+10FFFF.
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", decode(0xF4, 0x90, 0x80, 0x80));
        // Truncated at the very end.
        assertEquals("x\uFFFD", decode('x', 0xE2, 0x82));
    }

    @Test
    void malformedOffsetPointsAtTheFirstReplacement() {
        SourceText text = SourceText.decode(new byte[] {'o', 'k', '\n', (byte) 0xFF});
        assertTrue(text.hasMalformedInput());
        assertEquals(3, text.firstMalformedOffset());
        assertEquals(2, text.lines().line(text.firstMalformedOffset()));
    }

    @Test
    void validTextAndAnExistingReplacementCharacterAreKept() {
        String valid = "caf\u00e9 \uD83D\uDE00 \uFFFD \u4e2d";
        SourceText text = SourceText.decode(valid.getBytes(StandardCharsets.UTF_8));
        assertEquals(valid, text.text());
        assertFalse(text.hasMalformedInput());
    }
}
