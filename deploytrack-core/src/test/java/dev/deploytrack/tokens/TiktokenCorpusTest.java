package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.source.SourceText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploytrack's counts equal OpenAI's tiktoken on the committed corpus (prose, code, Markdown tables, emoji, CJK,
 * whitespace runs, CRLF, byte-order marks, special-token text, invalid UTF-8). The expected counts were computed by
 * tiktoken itself: bench/tiktoken-reference.sh regenerates them.
 */
class TiktokenCorpusTest {

    private static final Path CORPUS = corpus();
    private static final Map<String, EncodingType> ENCODINGS = Map.of(
            "cl100k_base", EncodingType.CL100K_BASE, "o200k_base", EncodingType.O200K_BASE);

    private static Path corpus() {
        try {
            return Path.of(TiktokenCorpusTest.class.getResource("corpus/expected-counts.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        JsonNode files = new ObjectMapper().readTree(CORPUS.resolve("expected-counts.json").toFile()).get("files");
        List<Arguments> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            for (String encoding : List.of("cl100k_base", "o200k_base")) {
                cases.add(Arguments.of(file.getKey(), encoding, file.getValue()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void countEqualsTiktoken(String file, String encoding, JsonNode expected) throws Exception {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
        assertEquals(expected.get("sha256").asText(), sha256(bytes),
                file + " changed since its reference count was computed; run bench/tiktoken-reference.sh");
        TokenCounter counter = new TokenCounter(Tokenization.exact(ENCODINGS.get(encoding)), Vocabularies.shared());
        TokenCount count = counter.count(SourceText.decode(bytes));
        assertEquals(expected.get(encoding).asInt(), count.tokens(), file + " with " + encoding);
        assertTrue(count.exact());
    }

    @Test
    void corpusCoversWhatTheIssueNames() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(path -> path.getFileName().toString()).toList();
            for (String required : List.of("prose-en.txt", "code-java.java", "markdown-table.md", "emoji.txt",
                    "cjk.txt", "whitespace.txt", "crlf.md", "bom.md", "special-tokens.txt", "invalid-utf8.txt")) {
                assertTrue(names.contains(required), required);
            }
        }
        // CRLF and the byte-order mark survived checkout byte for byte (the corpus has .gitattributes "-text").
        assertTrue(new String(Files.readAllBytes(CORPUS.resolve("crlf.md"))).contains("\r\n"));
        assertEquals((byte) 0xEF, Files.readAllBytes(CORPUS.resolve("bom.md"))[0]);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
