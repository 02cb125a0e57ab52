package dev.deploytrack.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

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
