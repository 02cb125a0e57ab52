package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** o200k_base from deploytrack's compact copy is jtokkit's o200k_base: the same tokens for every text. */
class CompactVocabularyTest {

    private static final Encoding JTOKKIT = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    @Test
    void encodesEveryTextAsJtokkitsBuiltInEncodingDoes() {
        Vocabularies vocabularies = Vocabularies.isolated();
        Encoding compact = vocabularies.encoding(EncodingType.O200K_BASE);
        assertNotSame(JTOKKIT, compact);
        assertEquals(Set.of(EncodingType.O200K_BASE), vocabularies.loaded());
        assertEquals("o200k_base", compact.getName());
        List<String> texts = new ArrayList<>(RandomTexts.corpus());
        texts.addAll(RandomTexts.generate(31, 2000, 800));
        texts.addAll(RandomTexts.generate(32, 10, 30_000));
        for (String text : texts) {
            assertEquals(JTOKKIT.encodeOrdinary(text), compact.encodeOrdinary(text), text);
            assertEquals(JTOKKIT.countTokensOrdinary(text), compact.countTokensOrdinary(text), text);
        }
        // The same special tokens, for callers of encode (deploytrack itself counts ordinary text only): jtokkit
        // refuses o200k_base's own in encode, and takes another encoding's as ordinary text.
        for (String special : List.of("a<|endoftext|>b", "<|endofprompt|>")) {
            assertThrows(UnsupportedOperationException.class, () -> JTOKKIT.encode(special));
            assertThrows(UnsupportedOperationException.class, () -> compact.encode(special));
        }
        assertEquals(JTOKKIT.encode("<|fim_prefix|>x"), compact.encode("<|fim_prefix|>x"));
        assertEquals(JTOKKIT.encode("plain text"), compact.encode("plain text"));
    }

    @Test
    void decodesEveryRankAsJtokkitDoes() {
        Encoding compact = Vocabularies.isolated().encoding(EncodingType.O200K_BASE);
        for (int rank = 0; rank < 199_998; rank++) {
            IntArrayList token = new IntArrayList();
            token.add(rank);
            assertArrayEquals(JTOKKIT.decodeBytes(token), compact.decodeBytes(token), "rank " + rank);
        }
        for (int special : new int[] {199_999, 200_018}) {
            IntArrayList token = new IntArrayList();
            token.add(special);
            assertArrayEquals(JTOKKIT.decodeBytes(token), compact.decodeBytes(token), "special token " + special);
        }
    }

    @Test
    void onlyO200kHasACompactCopy() {
        Vocabularies vocabularies = Vocabularies.isolated();
        assertFalse(CompactVocabulary.covers(EncodingType.CL100K_BASE));
        assertSame(vocabularies.encoding(EncodingType.CL100K_BASE), vocabularies.encoding(EncodingType.CL100K_BASE));
        assertEquals(Set.of(EncodingType.CL100K_BASE), vocabularies.loaded());
    }

    @Test
    void aDamagedCopyIsAnError() {
        byte[] good = KnownTokensGenerator.compactVocabulary(EncodingType.O200K_BASE);
        assertThrows(IllegalStateException.class, () -> CompactVocabulary.ranks(Arrays.copyOf(good, 1000), "t"));
        assertThrows(IllegalStateException.class,
                () -> CompactVocabulary.ranks(Arrays.copyOf(good, good.length + 1), "t"));
        assertEquals(199_998, CompactVocabulary.ranks(good, "t").size());
    }
}
