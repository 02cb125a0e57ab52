package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The shipped known-token sets are what the generator makes of jtokkit's vocabularies, and membership is exact. */
class KnownTokensTest {

    @ParameterizedTest
    @EnumSource(value = EncodingType.class, names = {"O200K_BASE", "CL100K_BASE"})
    void shippedResourceIsWhatTheGeneratorWrites(EncodingType encoding) throws IOException {
        if (Boolean.getBoolean("deploytrack.generate-known-tokens")) {
            KnownTokensGenerator.writeAll(Path.of(""));
        }
        byte[] generated = KnownTokensGenerator.generate(encoding);
        try (InputStream in = KnownTokens.class.getResourceAsStream(KnownTokens.resourceName(encoding))) {
            assertArrayEquals(generated, in.readAllBytes(), KnownTokens.resourceName(encoding) + " is not what "
                    + "KnownTokensGenerator makes of jtokkit's vocabulary now; regenerate it (see the generator)");
        }
    }

    @ParameterizedTest
    @EnumSource(value = EncodingType.class, names = {"O200K_BASE", "CL100K_BASE"})
    void membershipIsExactOverTheWholeVocabulary(EncodingType type) {
        KnownTokens known = KnownTokens.load(type);
        Encoding encoding = Vocabularies.shared().encoding(type);
        Pattern pieces = PreTokenizer.pattern(type);
        List<byte[]> vocabulary = KnownTokensGenerator.vocabulary(type);
        Set<String> all = new HashSet<>();
        int members = 0;
        int wholePieces = 0;
        for (int rank = 0; rank < vocabulary.size(); rank++) {
            byte[] token = vocabulary.get(rank);
            if (token == null) {
                continue;
            }
            all.add(new String(token, java.nio.charset.StandardCharsets.ISO_8859_1));
            boolean expected = rank < KnownTokensGenerator.RANKS && token.length >= 2;
            assertEquals(expected, known.contains(token, 0, token.length), "rank " + rank);
            if (expected) {
                members++;
                // It is the token jtokkit encodes with, under this rank ...
                IntArrayList single = new IntArrayList();
                single.add(rank);
                assertArrayEquals(token, encoding.decodeBytes(single), "rank " + rank);
                // ... and, as a text that is one piece, it counts as exactly one token.
                String text = new String(token, java.nio.charset.StandardCharsets.UTF_8);
                Matcher matcher = pieces.matcher(text);
                if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length == token.length
                        && matcher.matches()) {
                    assertEquals(1, encoding.countTokensOrdinary(text), text);
                    wholePieces++;
                }
            }
        }
        assertTrue(members > 60_000, members + " known tokens");
        assertTrue(wholePieces > members / 2, wholePieces + " of " + members + " checked as whole pieces");
        // Byte strings that are not in the vocabulary are not found, nor are tokens beyond the ranks taken.
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[2 + random.nextInt(6)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(256));
            }
            if (!all.contains(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))) {
                assertFalse(known.contains(bytes, 0, bytes.length));
            }
        }
    }

    @Test
    void aDamagedResourceIsAnErrorNotAWrongAnswer() {
        byte[] good = KnownTokensGenerator.generate(EncodingType.CL100K_BASE);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        assertThrows(IllegalStateException.class, () -> KnownTokens.read(truncated, "test"));
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        assertThrows(IllegalStateException.class, () -> KnownTokens.read(longer, "test"));
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 'X';
        assertThrows(IllegalStateException.class, () -> KnownTokens.read(wrongMagic, "test"));
        assertNull(KnownTokens.load(EncodingType.P50K_BASE), "none shipped for p50k_base");
    }
}
