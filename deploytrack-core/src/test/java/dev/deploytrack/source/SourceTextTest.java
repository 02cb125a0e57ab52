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
}
