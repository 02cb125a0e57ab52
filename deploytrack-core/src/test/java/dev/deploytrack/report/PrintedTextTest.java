package dev.deploytrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What reaches a terminal or CI log cannot forge a line, a CI command or a cursor movement. */
class PrintedTextTest {

    @Test
    void controlCharactersAreShownAsEscapes() {
        assertEquals("demo\\u000A::error title=x::forged", PrintedText.line("demo\n::error title=x::forged"));
        assertEquals("a\\u001B[2Jb\\u000Dc", PrintedText.line("a\u001b[2Jb\rc"));
        assertEquals("tab\tstays", PrintedText.line("tab\tstays"));
        assertEquals("bidi \\u202Eevil", PrintedText.line("bidi \u202Eevil"));
    }

    @Test
    void aLineThatARunnerWouldTakeAsACommandIsShownAsText() {
        assertEquals("\\::error title=x::forged/SKILL.md:1:1: error: m", PrintedText.line(
                "::error title=x::forged/SKILL.md:1:1: error: m"));
        assertEquals("  \\::warning::x", PrintedText.line("  ::warning::x"));
        assertEquals("see #\\#[error]x", PrintedText.line("see ##[error]x"));
        assertEquals("a::b stays", PrintedText.line("a::b stays"));
    }

    @Test
    void theStreamWrapsEveryLineHoweverItIsWritten() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new SafeLineStream(bytes), true, StandardCharsets.UTF_8);
        out.print("first ");
        out.println("line");
        out.println("::error::forged");
        out.print("x\r\n");
        out.print("partial");
        out.flush();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("first line\n\\::error::forged\nx\r\npartial", printed);
        assertFalse(printed.contains("\n::"));
    }
}
