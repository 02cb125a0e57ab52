package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes deploytrack's token resources from jtokkit's own vocabulary files (the {@code .tiktoken} resources in its
 * jar, which tiktoken publishes): the {@link KnownTokens} of each {@link TokenUpperBound.Precision} (the tokens of
 * its lowest ranks that are two bytes or longer; the lower ranks are the first merges, the most frequent sequences)
 * and the {@link CompactVocabulary} copies. Run by {@code KnownTokensTest} with
 * {@code -Ddeploytrack.generate-known-tokens=true}, for instance after a jtokkit upgrade changed a vocabulary:
 * <pre>
 * ./mvnw -B -q -pl deploytrack-core -am test -Dtest=KnownTokensTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddeploytrack.generate-known-tokens=true
 * </pre>
 */
final class KnownTokensGenerator {

    static final List<EncodingType> ENCODINGS = List.of(EncodingType.O200K_BASE, EncodingType.CL100K_BASE);
    static final Path RESOURCES = Path.of("src/main/resources/dev/deploytrack/tokens");

    private KnownTokensGenerator() {
    }

    /** The vocabulary of {@code encoding} in rank order (null for a rank without a token), from jtokkit's jar. */
    static List<byte[]> vocabulary(EncodingType encoding) {
        String resource = "/com/knuddels/jtokkit/" + encoding.getName() + ".tiktoken";
        List<byte[]> byRank = new ArrayList<>();
        try (InputStream in = EncodingType.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(" ");
                int rank = Integer.parseInt(fields[1]);
                while (byRank.size() <= rank) {
                    byRank.add(null);
                }
                byRank.set(rank, Base64.getDecoder().decode(fields[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byRank;
    }

    /** The resource's bytes for {@code encoding}: the hash table built here, written in slot order. */
    static byte[] generate(EncodingType encoding, int ranks) {
        List<byte[]> vocabulary = vocabulary(encoding);
        List<byte[]> tokens = new ArrayList<>();
        for (int rank = 0; rank < Math.min(ranks, vocabulary.size()); rank++) {
            byte[] token = vocabulary.get(rank);
            if (token != null && token.length >= 2 && token.length <= 255) {
                tokens.add(token);
            }
        }
        int tableSize = Integer.highestOneBit(tokens.size() * 2 - 1) << 1;
        byte[][] table = new byte[tableSize][];
        for (byte[] token : tokens) {
            int hash = KnownTokens.HASH_START;
            for (byte b : token) {
                hash = KnownTokens.hash(hash, b);
            }
            int slot = KnownTokens.slot(hash, tableSize - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (tableSize - 1);
            }
            table[slot] = token;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(KnownTokens.HEADER_BYTES).putInt(KnownTokens.MAGIC)
                .putInt(KnownTokens.VERSION).putInt(tokens.size()).putInt(tableSize).array());
        int previous = -1;
        for (int slot = 0; slot < tableSize; slot++) {
            if (table[slot] != null) {
                for (int distance = slot - previous - 1; ; distance >>>= 7) {
                    if (distance < 0x80) {
                        out.write(distance);
                        break;
                    }
                    out.write(0x80 | (distance & 0x7f));
                }
                out.write(table[slot].length);
                out.writeBytes(table[slot]);
                previous = slot;
            }
        }
        return out.toByteArray();
    }

    /** The compact copy of {@code encoding}'s vocabulary: every token in rank order. */
    static byte[] compactVocabulary(EncodingType encoding) {
        List<byte[]> vocabulary = vocabulary(encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(CompactVocabulary.HEADER_BYTES).putInt(CompactVocabulary.MAGIC)
                .putInt(CompactVocabulary.VERSION).putInt(vocabulary.size()).array());
        for (byte[] token : vocabulary) {
            if (token == null || token.length == 0 || token.length > 255) {
                throw new IllegalStateException("a compact vocabulary needs every rank, of 1-255 bytes");
            }
            out.write(token.length);
            out.writeBytes(token);
        }
        return out.toByteArray();
    }

    /** Writes every resource under {@code moduleDirectory} (deploytrack-core). */
    static void writeAll(Path moduleDirectory) throws IOException {
        for (EncodingType encoding : ENCODINGS) {
            for (TokenUpperBound.Precision precision : TokenUpperBound.Precision.values()) {
                Path file = moduleDirectory.resolve(RESOURCES)
                        .resolve(KnownTokens.resourceName(encoding, precision.ranks()));
                Files.createDirectories(file.getParent());
                Files.write(file, generate(encoding, precision.ranks()));
            }
            if (CompactVocabulary.covers(encoding)) {
                Files.write(moduleDirectory.resolve(RESOURCES).resolve(CompactVocabulary.resourceName(encoding)),
                        compactVocabulary(encoding));
            }
        }
    }
}
