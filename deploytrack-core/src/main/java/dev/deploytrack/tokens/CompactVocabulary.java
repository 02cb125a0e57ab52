package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.GptBytePairEncodingParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code o200k_base} built by jtokkit from a compact copy of its own vocabulary file, which loads in two thirds of
 * the time and allocates half as much: jtokkit's {@code .tiktoken} file is text, a base64 token and a decimal rank
 * per line, and parsing it is most of the cost of a vocabulary (and, in a short process, the garbage collection it
 * causes). The copy holds the same tokens in rank order as raw bytes; the encoding is registered through jtokkit's
 * public {@link GptBytePairEncodingParams} with the same expression, flags, ranks and special tokens that jtokkit
 * uses for its built-in {@code o200k_base}, so jtokkit builds the same encoder and every count is the same
 * (CompactVocabularyTest compares both encodings; TiktokenCorpusTest compares with tiktoken). {@code cl100k_base}
 * keeps jtokkit's built-in encoding, which splits text with a parser faster than any expression.
 *
 * <p>The resource {@code o200k_base.ranks} beside this class is written by the test-scope
 * {@code KnownTokensGenerator} from jtokkit's file and checked byte for byte by {@code KnownTokensTest}. Format,
 * numbers big-endian: the ints {@link #MAGIC}, {@link #VERSION} and count of tokens, then each token of rank 0, 1,
 * ... as its length (one byte) and its bytes.
 */
final class CompactVocabulary {

    static final int MAGIC = 0x44545652; // "DTVR"
    static final int VERSION = 1;
    static final int HEADER_BYTES = 3 * Integer.BYTES;
    /** jtokkit's special tokens of {@code o200k_base} (EncodingFactory), used only by {@code Encoding#encode}. */
    private static final Map<String, Integer> O200K_SPECIAL_TOKENS = Map.of(
            "<|endoftext|>", 199_999, "<|endofprompt|>", 200_018);

    private CompactVocabulary() {
    }

    /** Whether deploytrack ships a compact copy of {@code encoding}'s vocabulary. */
    static boolean covers(EncodingType encoding) {
        return encoding == EncodingType.O200K_BASE;
    }

    static String resourceName(EncodingType encoding) {
        return encoding.getName() + ".ranks";
    }

    /**
     * Registers {@code encoding}, built from its compact copy, in {@code registry} (before the registry builds its
     * own) and returns it.
     */
    static Encoding register(EncodingType encoding, EncodingRegistry registry) {
        if (!covers(encoding)) {
            throw new IllegalArgumentException("no compact vocabulary for " + encoding.getName());
        }
        String resource = resourceName(encoding);
        Map<byte[], Integer> ranks;
        try (InputStream in = CompactVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from deploytrack's jar");
            }
            ranks = ranks(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from deploytrack's jar", e);
        }
        registry.registerGptBytePairEncoding(new GptBytePairEncodingParams(encoding.getName(),
                PreTokenizer.pattern(encoding), ranks, O200K_SPECIAL_TOKENS));
        return registry.getEncoding(encoding.getName()).orElseThrow();
    }

    /** The ranks of a compact copy: token bytes to rank, in rank order as jtokkit reads its own file. */
    static Map<byte[], Integer> ranks(byte[] data, String name) {
        if (data.length < HEADER_BYTES || KnownTokens.intAt(data, 0) != MAGIC
                || KnownTokens.intAt(data, 4) != VERSION) {
            throw new IllegalStateException(name + " is not a compact vocabulary of version " + VERSION);
        }
        int count = KnownTokens.intAt(data, 8);
        Map<byte[], Integer> ranks = new LinkedHashMap<>(count * 4 / 3 + 1);
        int offset = HEADER_BYTES;
        for (int rank = 0; rank < count; rank++) {
            int length = offset < data.length ? data[offset] & 0xff : 0;
            if (length == 0 || offset + 1 + length > data.length) {
                throw new IllegalStateException(name + " is damaged at rank " + rank);
            }
            ranks.put(Arrays.copyOfRange(data, offset + 1, offset + 1 + length), rank);
            offset += 1 + length;
        }
        if (offset != data.length) {
            throw new IllegalStateException(name + " is damaged: " + (data.length - offset) + " bytes too many");
        }
        return ranks;
    }
}
