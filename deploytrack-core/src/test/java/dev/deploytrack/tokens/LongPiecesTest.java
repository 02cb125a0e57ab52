package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A single line of megabytes (a base64 blob, one letter repeated) costs what the same size of prose costs: nothing
 * is computed per pair of its characters, nor held per character beyond a small multiple of the text.
 */
class LongPiecesTest {

    private final Encoding o200k = Vocabularies.shared().encoding(EncodingType.O200K_BASE);
    private final TokenCounter counter = new TokenCounter(Tokenization.exact(EncodingType.O200K_BASE),
            Vocabularies.shared());

    @Test
    void aPieceLongerThanTheLimitIsBoundedByItsSizeAndStillNotBelowItsCount() {
        TokenUpperBound bound = TokenUpperBound.create(EncodingType.O200K_BASE, TokenUpperBound.Precision.CLOSE);
        String piece = "a".repeat(TokenUpperBound.LONG_PIECE_BYTES + 1);
        assertEquals(piece.length(), bound.piece(piece.getBytes(StandardCharsets.UTF_8)));
        assertTrue(bound.of(piece) >= o200k.countTokensOrdinary(piece));
        // Just under the limit the split is still computed: far below the size.
        String shorter = "a".repeat(TokenUpperBound.LONG_PIECE_BYTES);
        assertTrue(bound.piece(shorter.getBytes(StandardCharsets.UTF_8)) < shorter.length() / 2);
    }

    @Test
    void aBoundStopsOnceItIsEnoughForTheDecision() {
        TokenUpperBound bound = TokenUpperBound.create(EncodingType.O200K_BASE, TokenUpperBound.Precision.QUICK);
        String text = "the quick brown fox jumps over the lazy dog\n".repeat(100_000);
        long partial = bound.of(text, 1000);
        assertTrue(partial >= 1000 && partial < 1100, "stopped at " + partial);
        assertTrue(bound.of(text) > 800_000);
    }

    @Test
    void textWithoutLongRunsIsCountedExactly() {
        String text = "word ".repeat(5000) + "x".repeat(TokenCounter.LONG_PIECE - 1) + " tail";
        assertFalse(TokenCounter.hasLongRun(text));
        assertEquals(o200k.countTokensOrdinary(text), counter.countEncoded(text));
    }

    @Test
    void aLongPieceIsCountedInPartsCloseToTheWholeAndTheRestExactly() {
        String before = "Intro paragraph with words, numbers 12345 and punctuation!\n";
        String after = "\nClosing words.\n";
        String blob = "a".repeat(20 * TokenCounter.LONG_PIECE);
        String text = before + blob + after;
        assertTrue(TokenCounter.hasLongRun(text));
        int parts = 0;
        for (int start = 0; start < blob.length(); start += TokenCounter.PART) {
            parts += o200k.countTokensOrdinary(blob.substring(start, Math.min(blob.length(),
                    start + TokenCounter.PART)));
        }
        int expected = o200k.countTokensOrdinary(before) + parts + o200k.countTokensOrdinary(after);
        assertEquals(expected, counter.countEncoded(text));
        int exact = o200k.countTokensOrdinary(text);
        assertTrue(Math.abs(exact - expected) <= 2 * blob.length() / TokenCounter.PART, "parts " + expected
                + " against whole " + exact);
    }

    @Test
    void partsOfALongPieceOfEmojiStayCloseToTheWhole() {
        String emoji = "x" + "\uD83D\uDE00".repeat(TokenCounter.LONG_PIECE + 7);
        int exact = o200k.countTokensOrdinary(emoji);
        int count = counter.countEncoded(emoji);
        assertTrue(Math.abs(exact - count) <= 2 * (emoji.length() / TokenCounter.PART + 1),
                "parts " + count + " against whole " + exact);
    }

    @Test
    void theCrossingLineIsFoundWithoutCountingTheWholeFileEachTime() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i).append(" of a long instruction file\n");
        }
        String all = text.toString();
        for (int target : new int[] {1, 50, 5000, 20_000}) {
            int offset = BudgetCrossing.offset(counter, all, target);
            // Linear reference: the first line whose end reaches the target.
            int lineEnd = 0;
            int expected = -1;
            int lineStart = 0;
            while (expected < 0) {
                lineEnd = all.indexOf('\n', lineStart) + 1;
                if (counter.count(all.substring(0, lineEnd)).tokens() >= target) {
                    expected = lineStart;
                }
                lineStart = lineEnd;
                if (target > 1000) { // a coarse walk for large targets keeps the reference cheap
                    int jump = all.indexOf('\n', Math.min(all.length() - 1, lineStart + 2000));
                    if (jump > 0 && counter.count(all.substring(0, jump + 1)).tokens() < target) {
                        lineStart = jump + 1;
                    }
                }
            }
            assertEquals(expected, offset, "target " + target);
        }
    }
}
