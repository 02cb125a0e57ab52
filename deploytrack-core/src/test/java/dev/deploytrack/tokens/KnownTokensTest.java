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
import dev.deploytrack.tokens.TokenUpperBound.Precision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped known-token sets are what the generator makes of jtokkit's vocabularies, and membership is exact. */
class KnownTokensTest {

    static Stream<Arguments> sets() {
        List<Arguments> sets = new ArrayList<>();
        for (EncodingType encoding : KnownTokensGenerator.ENCODINGS) {
            for (Precision precision : Precision.values()) {
                sets.add(Arguments.of(encoding, precision.ranks()));
            }
        }
        return sets.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sets")
    void shippedResourceIsWhatTheGeneratorWrites(EncodingType encoding, int ranks) throws IOException {
        if (Boolean.getBoolean("deploytrack.generate-known-tokens")) {
            KnownTokensGenerator.writeAll(Path.of(""));
        }
        String name = KnownTokens.resourceName(encoding, ranks);
        try (InputStream in = KnownTokens.class.getResourceAsStream(name)) {
            assertArrayEquals(KnownTokensGenerator.generate(encoding, ranks), in.readAllBytes(), name + " is not "
                    + "what KnownTokensGenerator makes of jtokkit's vocabulary now; regenerate it (see the generator)");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sets")
    void membershipIsExactOverTheWholeVocabulary(EncodingType type, int ranks) {
        KnownTokens known = KnownTokens.load(type, ranks);
        Encoding encoding = Vocabularies.shared().encoding(type);
        Pattern pieces = PreTokenizer.pattern(type);
        List<byte[]> vocabulary = KnownTokensGenerator.vocabulary(type);
        Set<String> all = new HashSet<>();
        int members = 0;
        int wholePieces = 0;
        for (int rank = 0; rank < vocabulary.size(); rank++) {
            byte[] token = vocabulary.get(rank);
            all.add(new String(token, StandardCharsets.ISO_8859_1));
            boolean expected = rank < ranks && token.length >= 2;
            assertEquals(expected, known.contains(token, 0, token.length), "rank " + rank);
            if (expected) {
                members++;
                // It is the token jtokkit encodes with, under this rank ...
                IntArrayList single = new IntArrayList();
                single.add(rank);
                assertArrayEquals(token, encoding.decodeBytes(single), "rank " + rank);
                // ... and, as a text that is one piece, it counts as exactly one token.
                String text = new String(token, StandardCharsets.UTF_8);
                if (text.getBytes(StandardCharsets.UTF_8).length == token.length && pieces.matcher(text).matches()) {
                    assertEquals(1, encoding.countTokensOrdinary(text), text);
                    wholePieces++;
                }
            }
        }
        assertTrue(members > ranks - 300, members + " known tokens");
        assertTrue(wholePieces > members / 2, wholePieces + " of " + members + " checked as whole pieces");
        // Byte strings that are not in the vocabulary are not found.
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[2 + random.nextInt(6)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(256));
            }
            if (!all.contains(new String(bytes, StandardCharsets.ISO_8859_1))) {
                assertFalse(known.contains(bytes, 0, bytes.length));
            }
        }
    }

    @Test
    void aDamagedResourceIsAnErrorNotAWrongAnswer() {
        byte[] good = KnownTokensGenerator.generate(EncodingType.CL100K_BASE, Precision.QUICK.ranks());
        assertThrows(IllegalStateException.class, () -> KnownTokens.read(Arrays.copyOf(good, good.length - 1), "t"));
        assertThrows(IllegalStateException.class, () -> KnownTokens.read(Arrays.copyOf(good, good.length + 1), "t"));
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 'X';
        assertThrows(IllegalStateException.class, () -> KnownTokens.read(wrongMagic, "t"));
        assertNull(KnownTokens.load(EncodingType.P50K_BASE, Precision.QUICK.ranks()), "none shipped for p50k_base");
    }
}
