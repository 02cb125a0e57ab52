package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.tokens.TokenUpperBound.Precision;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The vocabulary-free bound is never below jtokkit's exact count, and close enough to be worth having. */
class TokenUpperBoundTest {

    @ParameterizedTest
    @EnumSource(value = EncodingType.class, names = {"O200K_BASE", "CL100K_BASE", "P50K_BASE", "R50K_BASE"})
    void neverBelowTheExactCount(EncodingType type) {
        TokenUpperBound quick = TokenUpperBound.create(type, Precision.QUICK);
        TokenUpperBound close = TokenUpperBound.create(type, Precision.CLOSE);
        Encoding encoding = Vocabularies.shared().encoding(type);
        List<String> texts = new ArrayList<>(RandomTexts.corpus());
        texts.addAll(RandomTexts.generate(type.ordinal(), 2000, 600));
        texts.addAll(RandomTexts.generate(100 + type.ordinal(), 20, 20_000));
        for (String text : texts) {
            long exact = encoding.countTokensOrdinary(text);
            long closer = close.of(text);
            assertTrue(closer >= exact, type.getName() + ": bound " + closer + " < count " + exact + " of " + text);
            // More known tokens only rule out more splits.
            assertTrue(quick.of(text) >= closer, "the close bound is never above the quick one");
            assertTrue(quick.of(text) <= TokenUpperBound.utf8Bound(text), "never looser than the size");
        }
    }

    @Test
    void eachPieceOfTheCorpusOnItsOwn() {
        // Piece by piece, the sharpest test of the split argument: every piece's bound against its own count.
        for (EncodingType type : List.of(EncodingType.O200K_BASE, EncodingType.CL100K_BASE)) {
            TokenUpperBound bound = TokenUpperBound.create(type, Precision.CLOSE);
            Encoding encoding = Vocabularies.shared().encoding(type);
            for (String text : RandomTexts.corpus()) {
                java.util.regex.Matcher pieces = PreTokenizer.pattern(type).matcher(text);
                while (pieces.find()) {
                    String piece = pieces.group();
                    int upper = bound.piece(piece.getBytes(StandardCharsets.UTF_8));
                    // A piece counted alone may split differently (a trailing space run), so compare only whole pieces.
                    if (PreTokenizer.pattern(type).matcher(piece).matches()) {
                        assertTrue(upper >= encoding.countTokensOrdinary(piece), type.getName() + " " + piece);
                    }
                }
            }
        }
    }

    @Test
    void closeOnEnglishMarkdownAndCode() {
        // What makes the bounds useful: on the corpus's English Markdown, prose and code the close one stays within
        // 45% of the count (measured 1.08-1.19 with o200k_base), so a text below two thirds of a budget needs no
        // vocabulary; the quick one within 2.2x (measured 1.59-1.84), enough for texts far below their budgets.
        Encoding encoding = Vocabularies.shared().encoding(EncodingType.O200K_BASE);
        for (String file : List.of("agents-large.md", "markdown-table.md", "prose-en.txt", "code-java.java",
                "code-python.py", "crlf.md")) {
            String text = RandomTexts.corpusFile(file);
            double count = encoding.countTokensOrdinary(text);
            double close = TokenUpperBound.create(EncodingType.O200K_BASE, Precision.CLOSE).of(text) / count;
            double quick = TokenUpperBound.create(EncodingType.O200K_BASE, Precision.QUICK).of(text) / count;
            assertTrue(close >= 1 && close < 1.45, file + ": close " + close);
            assertTrue(quick >= close && quick < 2.2, file + ": quick " + quick);
        }
    }

    @Test
    void knownPiecesAreOneTokenAndTheRestAreSplitByTheirNeighbours() {
        TokenUpperBound bound = TokenUpperBound.create(EncodingType.O200K_BASE, Precision.CLOSE);
        assertEquals(0, bound.of(""));
        // The pieces " the", " agent" and ".\n" are tokens of low rank: one each.
        assertEquals(3, bound.of(" the agent.\n"));
        // "zq" is no token of the first 65,536 ranks, so the two bytes may stay apart: at most 2; " zq" at most 3.
        assertEquals(2, bound.piece("zq".getBytes(StandardCharsets.UTF_8)));
        assertTrue(bound.piece(" tokenization".getBytes(StandardCharsets.UTF_8)) < 13,
                "neighbours that concatenate to known tokens cannot both stay");
    }

    @Test
    void loneSurrogatesFallBackToTheSize() {
        // A YAML escape can put a lone surrogate into a description; jtokkit's cl100k parser encodes it in 3 bytes.
        String text = "a\uD800b \uDC00";
        for (EncodingType type : List.of(EncodingType.O200K_BASE, EncodingType.CL100K_BASE)) {
            long upper = TokenUpperBound.create(type, Precision.CLOSE).of(text);
            assertEquals(TokenUpperBound.utf8Bound(text), upper);
            assertEquals(1 + 3 + 1 + 1 + 3, upper);
        }
    }
}
