package dev.deploytrack.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** One place that configures JSON output for every renderer: pretty-printed, never closing the caller's writer. */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOutput() {
    }

    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.useDefaultPrettyPrinter();
        return generator;
    }

    /** Writes one JSON document with a generator. */
    @FunctionalInterface
    public interface Document {
        void write(JsonGenerator json) throws IOException;
    }

    /** The document {@code content} writes, as text ending in a line break. */
    public static String text(Document content) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = generator(text)) {
            content.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return text + "\n";
    }

    /** {@code "name": [values...]}. */
    public static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
