package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written encoder writes what Jackson databind wrote before it, byte for byte. */
class JsonEncoderTest {

    /** Expected files were written by the Jackson databind serializer the encoder replaced. */
    static byte[] resource(String name) throws IOException {
        try (InputStream in = JsonEncoderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static String written(Registry registry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryJson.write(registry, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldAndEveryKindOfExtraValueIsLaidOutAsBefore() throws Exception {
        for (String version : new String[] {"v1", "v2"}) {
            Registry registry = RegistryJson.read(resource("layout-input-" + version + ".json"), "input.json");
            String expected = new String(resource("layout-expected-" + version + ".json"), StandardCharsets.UTF_8);
            if (version.equals("v2")) { // the old writer wrote no checksum
                String body = expected.substring(0, expected.length() - "\n}\n".length());
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                expected = body + new String(RegistryChecksum.trailer(RegistryChecksum.of(bytes, 0, bytes.length)),
                        StandardCharsets.UTF_8);
            }
            assertEquals(expected, written(registry), version);
        }
    }

    @Test
    void stringsAreEscapedAsJacksonEscapesThem() throws Exception {
        Random random = new Random(7);
        JsonFactory factory = new JsonFactory();
        String alphabet = "aZ09 \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080\u00e9\u07ff\u0800\u2028\u20ac\uffff"
                + "\ud83d\ude00\ud800\udfff";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ByteArrayOutputStream jackson = new ByteArrayOutputStream();
            try (JsonGenerator g = factory.createGenerator(jackson)) {
                g.writeString(text.toString());
            }
            ByteSink ours = new ByteSink(64);
            new JsonEncoder(ours, 0, true).string(text.toString());
            assertEquals(jackson.toString(StandardCharsets.UTF_8),
                    new String(ours.array(), 0, ours.position(), StandardCharsets.UTF_8), text.toString());
        }
    }
}
