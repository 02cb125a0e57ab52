package dev.deploytrack.tokens;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.deploytrack.report.JsonOutput;
import dev.deploytrack.source.SourceText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The token count of one file, as the {@code tokens} command prints it.
 *
 * @param path          the file as the user named it
 * @param count         its count
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark, which is counted (see
 *                      {@link CountableText})
 */
public record FileTokenCount(String path, TokenCount count, boolean byteOrderMark) {

    /** Counts a file's bytes: decoded as UTF-8 with replacement, so invalid bytes never fail the count. */
    public static FileTokenCount of(String path, byte[] bytes, TokenCounter counter) {
        SourceText source = SourceText.decode(bytes);
        return new FileTokenCount(path, counter.count(source), CountableText.hasUtf8ByteOrderMark(source));
    }

    /** {@code AGENTS.md: 1,234 tokens (o200k_base)}, one line per file, and a total for more than one. */
    public static void writeText(List<FileTokenCount> counts, Writer out) throws IOException {
        long total = 0;
        for (FileTokenCount file : counts) {
            TokenCount count = file.count();
            total += count.tokens();
            out.write(file.path() + ": " + (count.exact() ? "" : "~") + number(count.tokens()) + " tokens ("
                    + (count.exact() ? count.method().describe() : count.method().model() + " estimate: "
                    + count.method().estimate().describe() + ", likely " + number(count.low()) + "-"
                    + number(count.high())) + ")" + (file.byteOrderMark() ? ", including its byte-order mark" : "")
                    + "\n");
        }
        if (counts.size() > 1) {
            out.write("total: " + number(total) + " tokens\n");
        }
    }

    /**
     * {@code {"files":[{"path","tokens","encoding","exact"}]}}; estimates add {@code model}, {@code low},
     * {@code high} and {@code factor}, a model adds {@code model}, a byte-order mark adds {@code byteOrderMark}.
     */
    public static void writeJson(List<FileTokenCount> counts, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("files");
            for (FileTokenCount file : counts) {
                TokenCount count = file.count();
                json.writeStartObject();
                json.writeStringField("path", file.path());
                json.writeNumberField("tokens", count.tokens());
                json.writeStringField("encoding", count.method().encodingName());
                json.writeBooleanField("exact", count.exact());
                if (count.method().model() != null) {
                    json.writeStringField("model", count.method().model());
                }
                if (!count.exact()) {
                    json.writeNumberField("encodedTokens", count.encoded());
                    json.writeNumberField("factor", count.method().estimate().factor());
                    json.writeNumberField("low", count.low());
                    json.writeNumberField("high", count.high());
                }
                if (file.byteOrderMark()) {
                    json.writeBooleanField("byteOrderMark", true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
