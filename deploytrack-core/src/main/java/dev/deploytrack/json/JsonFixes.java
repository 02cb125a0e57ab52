package dev.deploytrack.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.deploytrack.fix.Fix;
import dev.deploytrack.fix.TextEdit;
import dev.deploytrack.report.Rule;
import dev.deploytrack.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixes of JSON files, built only by {@code validate --fix}, from Jackson's token positions. Every byte outside
 * an edit stays: indentation, key order, line endings.
 */
public final class JsonFixes {

    private JsonFixes() {
    }

    /**
     * Removes the trailing commas ({@code [1, 2,]}, {@code {"a": 1,}}) of a file its tool reads as strict JSON, where
     * they are the only thing in the way: the file, read by Jackson with trailing commas allowed, parses, and the
     * comma is found between the end of the last value and the closing bracket, by the positions of those tokens
     * (so a comma inside a string is never touched). Not for JSONC files, which allow them.
     *
     * @return the fix, or null when the file has no trailing comma or has another problem too
     */
    public static Fix trailingCommas(Rule rule, String path, SourceText source, JsonFiles.Dialect dialect) {
        if (dialect == JsonFiles.Dialect.JSONC) {
            return null;
        }
        String text = source.text();
        List<TextEdit> edits = new ArrayList<>();
        try (JsonParser parser = lenient(dialect).createParser(text)) {
            long previousEnd = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    int close = (int) parser.currentTokenLocation().getCharOffset();
                    int comma = trailingComma(text, (int) previousEnd, close);
                    if (comma >= 0) {
                        edits.add(TextEdit.delete(comma, comma + 1));
                    }
                }
                parser.finishToken(); // a string's end is known only once its text is read
                previousEnd = parser.currentLocation().getCharOffset();
            }
        } catch (IOException e) {
            return null; // something else is wrong: not a certain fix
        }
        if (edits.isEmpty()) {
            return null;
        }
        Fix fix = Fix.edit(rule, path, source.lines().line(edits.get(0).start()), true,
                edits.size() == 1 ? "remove the trailing comma" : "remove " + edits.size() + " trailing commas",
                text, edits);
        return JsonFiles.parse(TextEdit.apply(text, edits), dialect).ok() ? fix : null;
    }

    /** The offset of the one comma between {@code from} and {@code to} with only white space around it, or -1. */
    private static int trailingComma(String text, int from, int to) {
        int comma = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' && comma < 0) {
                comma = i;
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return -1;
            }
        }
        return comma;
    }

    private static JsonFactory lenient(JsonFiles.Dialect dialect) {
        JsonFactoryBuilder builder = new JsonFactoryBuilder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        if (dialect == JsonFiles.Dialect.STRICT) {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
        return builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
    }
}
